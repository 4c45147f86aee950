import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadParser, parseClaimed, parseJob, type ParsedJob, type ParseJob } from './parse-sources.js';

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

function runWorker(entry: WorkerEntry, jobs: readonly ParseJob[], counter: SharedArrayBuffer, take: (r: ParsedJob[], byWorker: boolean) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const workerData = { jobs, counter };
      worker = 'url' in entry ? new Worker(entry.url, { workerData }) : new Worker(entry.code, { eval: true, workerData });
    } catch {
      resolve();
      return;
    }
    worker.on('message', (results: ParsedJob[]) => take(results, true));
    // A thread that fails only leaves its files to the main thread.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

/**
 * Parses the files, in parallel when there are many: besides this thread, up to one thread per
 * further core, each claiming chunks of files from a shared counter. Each file's result is the
 * same whichever thread parses it. `threads` overrides the number of extra threads;
 * `mainThreadParses: false` leaves every file to them (tests of the threads themselves).
 */
export async function parseSources(jobs: readonly ParseJob[], onProgress?: (done: number) => void, threads?: number, options: { readonly mainThreadParses?: boolean } = {}): Promise<{ results: ParsedJob[]; byWorkers: number }> {
  if (jobs.length === 0) return { results: [], byWorkers: 0 };
  const extra = threads ?? Math.max(0, Math.min(availableParallelism() - 1, Math.floor(jobs.length / MIN_FILES_PER_THREAD) - 1, 7));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const out: ParsedJob[] = [];
  let byWorkers = 0;
  const take = (results: ParsedJob[], byWorker = false): void => {
    out.push(...results);
    if (byWorker) byWorkers += results.length;
    onProgress?.(out.length);
  };
  const entry = extra > 0 ? workerEntry() : undefined;
  const workers = entry ? Array.from({ length: extra }, () => runWorker(entry, jobs, counter.buffer as SharedArrayBuffer, take)) : [];
  const parser = workers.length && options.mainThreadParses === false ? undefined : await loadParser(jobs);
  if (parser) await parseClaimed(parser, jobs, counter, (results) => take(results));
  await Promise.all(workers);
  if (out.length < jobs.length) {
    const have = new Set(out.map((r) => r.index));
    const fallback = parser ?? (await loadParser(jobs));
    take(jobs.filter((job) => !have.has(job.index)).map((job) => parseJob(fallback, job)));
  }
  return { results: out, byWorkers };
}
