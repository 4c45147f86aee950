/** Writers of V8 code caches created during this run: flushed once the run has done its parsing and resolving. */
const pending: (() => void)[] = [];

export function onCompileCacheFlush(write: () => void): void {
  pending.push(write);
}

/** Writes every pending code cache (compiled code of the functions the run used). Never throws. */
export function flushCompileCaches(): void {
  for (const write of pending.splice(0)) write();
}
