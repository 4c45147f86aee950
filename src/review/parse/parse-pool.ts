import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedJob, ParseJob } from './parse-sources.js';

/** Below this many files per thread a parsing thread costs more to start than it saves. */
export const MIN_FILES_PER_THREAD = 150;

type WorkerEntry = { readonly url: URL } | { readonly code: string };

/**
 * The worker's entry: the built `.js` beside this file or, when running from the TypeScript
 * sources (tests), a small script that registers tsx's loader in the thread and then imports the
 * `.ts` source.
 */
function workerEntry(): WorkerEntry | undefined {
  const own = import.meta.url;
  if (own.endsWith('.js')) return { url: new URL('./parse-worker.js', own) };
  try {
    const api = createRequire(own).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    if (!existsSync(api)) return undefined;
    const source = new URL('./parse-worker.ts', own).href;
    return { code: `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });` };
  } catch {
    return undefined;
  }
}

/**
 * Extra parsing threads for this many files: one per further idle core (at most 7), each with
 * enough files to pay for itself. A core busy with other work (by the one-minute load average)
 * gets none: a thread there only adds its own start-up and parser warm-up to the run.
 */
export function extraThreadsFor(files: number): number {
  const idle = Math.floor(availableParallelism() - loadavg()[0]!);
  return Math.max(0, Math.min(idle - 1, Math.floor(files / MIN_FILES_PER_THREAD) - 1, 7));
}

interface PoolThread {
  readonly worker: Worker;
  /** Settles when the thread has finished (or failed): its unparsed files fall to the main thread. */
  readonly done: Promise<void>;
}

function startThread(entry: WorkerEntry, counter: SharedArrayBuffer, preload: boolean, take: (r: ParsedJob[]) => void): PoolThread | undefined {
  let worker: Worker;
  try {
    const workerData = { counter, preload };
    worker = 'url' in entry ? new Worker(entry.url, { workerData }) : new Worker(entry.code, { eval: true, workerData });
  } catch {
    return undefined;
  }
  // An idle thread never keeps the process alive: one that is never given files simply ends with it.
  worker.unref();
  const done = new Promise<void>((resolve) => {
    worker.on('message', (results: ParsedJob[]) => take(results));
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
  return { worker, done };
}

/** Parsing threads, started before the files are known so they load the parser meanwhile. */
export interface ParsePool {
  /** Parses the files here and on the threads; each file's result is the same whichever thread parses it. */
  run(jobs: readonly ParseJob[], onProgress?: (done: number) => void, options?: { readonly mainThreadParses?: boolean }): Promise<{ results: ParsedJob[]; byWorkers: number }>;
  /** Stops threads that were never given files. */
  close(): void;
  /** How many threads were started. */
  readonly threads: number;
}

/**
 * Starts `threads` parsing threads. With `preload`, each loads the TypeScript parser at once (a cold
 * run starts them before reading the files). Files are handed out in chunks from a shared counter,
 * so a faster thread simply takes more.
 */
export function startParsePool(threads: number, preload = false): ParsePool {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const out: ParsedJob[] = [];
  let byWorkers = 0;
  let onProgress: ((done: number) => void) | undefined;
  let onComplete: { readonly count: number; readonly resolve: () => void } | undefined;
  const take = (results: ParsedJob[], byWorker = false): void => {
    out.push(...results);
    if (byWorker) byWorkers += results.length;
    onProgress?.(out.length);
    if (onComplete && out.length >= onComplete.count) onComplete.resolve();
  };
  const entry = threads > 0 ? workerEntry() : undefined;
  const pool = entry ? Array.from({ length: threads }, () => startThread(entry, counter.buffer as SharedArrayBuffer, preload, (r) => take(r, true))).filter((t): t is PoolThread => t !== undefined) : [];
  return {
    threads: pool.length,
    close: () => {
      for (const t of pool) void t.worker.terminate();
    },
    async run(jobs, progress, options = {}) {
      onProgress = progress;
      if (jobs.length === 0) {
        this.close();
        return { results: [], byWorkers: 0 };
      }
      for (const t of pool) {
        t.worker.ref();
        t.worker.postMessage(jobs);
      }
      // Done when every file has its result (a thread's exit may come well after its last result),
      // or when every thread has ended (one that failed leaves its files to this thread).
      const complete = new Promise<void>((resolve) => (onComplete = { count: jobs.length, resolve }));
      // The parsing code loads here only when this thread parses (not when a thread parses for it).
      const here = pool.length && options.mainThreadParses === false ? undefined : await import('./parse-sources.js');
      const parser = here && (await here.loadParser(jobs));
      if (here && parser) await here.parseClaimed(parser, jobs, counter, (results) => take(results));
      await Promise.race([complete, Promise.all(pool.map((t) => t.done))]);
      if (out.length < jobs.length) {
        const have = new Set(out.map((r) => r.index));
        const { loadParser, parseWith } = here ?? (await import('./parse-sources.js'));
        const fallback = parser ?? (await loadParser(jobs));
        const rest: ParsedJob[] = [];
        for (const job of jobs) if (!have.has(job.index)) rest.push(await parseWith(fallback, job));
        take(rest);
      }
      return { results: out, byWorkers };
    },
  };
}

/**
 * Parses the files, in parallel when there are many: besides this thread, up to one thread per
 * further core. `threads` overrides the number of extra threads; `mainThreadParses: false` leaves
 * every file to them (tests of the threads themselves).
 */
export async function parseSources(jobs: readonly ParseJob[], onProgress?: (done: number) => void, threads?: number, options: { readonly mainThreadParses?: boolean } = {}): Promise<{ results: ParsedJob[]; byWorkers: number }> {
  if (jobs.length === 0) return { results: [], byWorkers: 0 };
  return startParsePool(threads ?? extraThreadsFor(jobs.length)).run(jobs, onProgress, options);
}
