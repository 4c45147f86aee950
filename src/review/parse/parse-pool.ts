import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CHUNK, type FactsOfJob, type ParseJob, type Parsers } from './parse-sources.js';
import type { FromWorker, ToWorker } from './parse-worker.js';

/**
 * Below this many files to parse, parsing stays on the main thread: a thread's start-up would cost
 * more than the main thread's work it lets overlap with parsing.
 */
export const MIN_FILES_PER_THREAD = 400;

/** What a parsing thread runs: a module, or code evaluated in the thread. */
export type WorkerEntry = { readonly url: URL } | { readonly code: string };

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
 * Parsing threads for this many files to parse. With a thread, the main thread stops parsing: it
 * reads the files, resolves the imports of each parsed chunk and builds the cache meanwhile. So one
 * thread pays as soon as there are two cores and enough files; more threads (each warms its own
 * parser up) only while further cores are idle by the one-minute load average, with enough files each.
 */
export function parsingThreadsFor(files: number): number {
  const cores = availableParallelism();
  if (cores < 2 || files < MIN_FILES_PER_THREAD) return 0;
  const idle = Math.floor(cores - loadavg()[0]!);
  return Math.max(1, Math.min(idle - 1, Math.floor(files / MIN_FILES_PER_THREAD), 7));
}

interface PoolThread {
  readonly worker: Worker;
  /** The chunks sent and not yet answered, by id: a thread that fails leaves them to the main thread. */
  readonly outstanding: Map<number, readonly ParseJob[]>;
  files: number;
  alive: boolean;
}

/** Parsers for files that are parsed on the main thread, loaded for the languages in hand. */
async function parseHere(jobs: readonly ParseJob[]): Promise<FactsOfJob[]> {
  const { factsOf, loadParser } = await import('./parse-sources.js');
  const parsers: Parsers = await loadParser(jobs);
  const results: FactsOfJob[] = [];
  for (const job of jobs) results.push({ index: job.index, facts: await factsOf(parsers, job) });
  return results;
}

/** Files parsed on threads (or, without one, on the main thread), fed in as they are read. */
export interface ParsePool {
  /** Queues files to parse, in chunks of `CHUNK` to the least busy thread. */
  submit(jobs: readonly ParseJob[]): void;
  /** No more files will be submitted. */
  end(): void;
  /** Each chunk's facts as it is parsed; done when every submitted file has its facts after `end()`. The same facts whichever thread parses a file. */
  results(): AsyncGenerator<FactsOfJob[], void>;
  /** Stops the threads (at once, whatever they are doing). */
  close(): void;
  /** Whether the threads keep the process alive (they do from the start; a pool started ahead of its run does not, until it is taken). */
  keepAlive(alive: boolean): void;
  /** How many threads were started. */
  readonly threads: number;
  /** How many files the threads parsed. */
  readonly byThreads: number;
}

/**
 * Starts `threads` parsing threads, each loading the fast reader at once. Without threads (or when
 * they cannot start), the files are parsed on the main thread as the results are read. A thread
 * that fails leaves its unanswered chunks to the main thread. `entry` replaces the threads' code
 * (tests of a failing thread).
 */
export function startParsePool(threads: number, entry: WorkerEntry | undefined = threads > 0 ? workerEntry() : undefined): ParsePool {
  const ready: FactsOfJob[][] = [];
  const here: ParseJob[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let nextId = 0;
  let byThreads = 0;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const pool: PoolThread[] = [];
  for (let i = 0; entry && i < threads; i++) {
    let worker: Worker;
    try {
      worker = 'url' in entry ? new Worker(entry.url) : new Worker(entry.code, { eval: true });
    } catch {
      break;
    }
    const thread: PoolThread = { worker, outstanding: new Map(), files: 0, alive: true };
    const fail = (): void => {
      if (!thread.alive) return;
      thread.alive = false;
      for (const jobs of thread.outstanding.values()) here.push(...jobs);
      thread.outstanding.clear();
      thread.files = 0;
      notify();
    };
    worker.on('message', (message: FromWorker) => {
      const jobs = thread.outstanding.get(message.id);
      if (!jobs) return;
      thread.outstanding.delete(message.id);
      thread.files -= jobs.length;
      byThreads += message.results.length;
      ready.push(message.results as FactsOfJob[]);
      notify();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    pool.push(thread);
  }
  const pendingOnThreads = (): number => pool.reduce((n, t) => n + t.files, 0);
  const close = (): void => {
    for (const t of pool) {
      t.alive = false;
      void t.worker.terminate();
    }
  };
  return {
    threads: pool.length,
    keepAlive(alive) {
      for (const t of pool) {
        if (alive) t.worker.ref();
        else t.worker.unref();
      }
    },
    get byThreads() {
      return byThreads;
    },
    close,
    submit(jobs) {
      for (let start = 0; start < jobs.length; start += CHUNK) {
        const chunk = jobs.slice(start, start + CHUNK);
        let least: PoolThread | undefined;
        for (const t of pool) if (t.alive && (!least || t.files < least.files)) least = t;
        if (!least) {
          here.push(...chunk);
          continue;
        }
        const id = nextId++;
        least.outstanding.set(id, chunk);
        least.files += chunk.length;
        least.worker.postMessage({ id, jobs: chunk } satisfies ToWorker);
      }
      notify();
    },
    end() {
      ended = true;
      for (const t of pool) if (t.alive) t.worker.postMessage({ end: true } satisfies ToWorker);
      notify();
    },
    async *results() {
      try {
        for (;;) {
          if (ready.length) yield ready.shift()!;
          else if (here.length) yield await parseHere(here.splice(0, CHUNK));
          else if (ended && pendingOnThreads() === 0) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        // A thread that was sent `end` closes itself once it has written its compiled code; it never keeps the process alive.
        for (const t of pool) t.worker.unref();
        if (!ended) close();
      }
    },
  };
}

/** Where `startPoolAhead` keeps its pool: one slot per thread, shared by every copy of this module (the built CLI's review engine is a bundle with its own). */
const AHEAD = Symbol.for('archway.parsePoolAhead');
const slot = globalThis as Record<symbol, ParsePool | undefined>;

/**
 * Starts the parsing thread of a run that will parse every file (no cache yet) before the run has
 * loaded its modules, so that the thread's own start-up overlaps theirs. The next run's
 * `takeStartedPool` takes it; until then it does not keep the process alive.
 */
export function startPoolAhead(): void {
  if (slot[AHEAD]) return;
  const pool = startParsePool(parsingThreadsFor(MIN_FILES_PER_THREAD));
  pool.keepAlive(false);
  slot[AHEAD] = pool;
}

/** The pool `startPoolAhead` started, if any (once). */
export function takeStartedPool(): ParsePool | undefined {
  const pool = slot[AHEAD];
  slot[AHEAD] = undefined;
  pool?.keepAlive(true);
  return pool;
}

/**
 * Parses the files: on `threads` parsing threads (default: `parsingThreadsFor`), else here.
 * Each file's facts are the same whichever thread parses it.
 */
export async function parseSources(jobs: readonly ParseJob[], onProgress?: (done: number) => void, threads?: number): Promise<{ results: FactsOfJob[]; byThreads: number }> {
  const pool = startParsePool(jobs.length ? threads ?? parsingThreadsFor(jobs.length) : 0);
  pool.submit(jobs);
  pool.end();
  const results: FactsOfJob[] = [];
  for await (const chunk of pool.results()) {
    results.push(...chunk);
    onProgress?.(results.length);
  }
  return { results, byThreads: pool.byThreads };
}
