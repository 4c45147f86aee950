/**
 * Writers of V8 code caches created during this run: flushed once the run has done its parsing and
 * resolving. One list per thread, shared by every copy of this module (the built CLI runs the
 * review engine from a bundle, while the loader that loaded the bundle is the unbundled module).
 */
const PENDING = Symbol.for('archway.compileCacheWriters');
const pending: (() => void)[] = ((globalThis as Record<symbol, (() => void)[] | undefined>)[PENDING] ??= []);

export function onCompileCacheFlush(write: () => void): void {
  pending.push(write);
}

/** Writes every pending code cache (compiled code of the functions the run used). Never throws. */
export function flushCompileCaches(): void {
  for (const write of pending.splice(0)) write();
}
