// A parsing thread: loads the fast reader at once, then reads the facts of each chunk of files it is
// sent, in the order sent, and posts them back with the chunk's id. `end` closes the thread.
import { parentPort } from 'node:worker_threads';
import type { FactsOfJob, ParseJob, Parsers } from './parse-sources.js';

/** A chunk of files to parse, or the end of the run. */
export type ToWorker = { readonly id: number; readonly jobs: readonly ParseJob[] } | { readonly end: true };
export interface FromWorker {
  readonly id: number;
  readonly results: readonly FactsOfJob[];
}

// The fast reader loads while the main thread lists and reads the files; the Python parser (some
// 40 ms to load) with the first chunk that holds a Python file, and the compiler only for a file
// the fast reader leaves to it.
const parsing = import('./parse-sources.js');
const typescriptOnly = parsing.then(({ loadParser }) => loadParser([{ language: 'typescript' }]));
let withPython: Promise<Parsers> | undefined;
const parsersFor = (jobs: readonly ParseJob[]): Promise<Parsers> =>
  jobs.some((j) => j.language === 'python') ? (withPython ??= parsing.then(({ loadParser }) => loadParser([{ language: 'typescript' }, { language: 'python' }]))) : (withPython ?? typescriptOnly);
let queue: Promise<unknown> = typescriptOnly;
parentPort!.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    if ('end' in message) {
      parentPort!.close();
      // The main thread may never load the compiler: this thread keeps its compiled code for later runs.
      (await import('./compile-cache.js')).flushCompileCaches();
      return;
    }
    const { factsOf } = await parsing;
    const p: Parsers = await parsersFor(message.jobs);
    const results: FactsOfJob[] = [];
    for (const job of message.jobs) results.push({ index: job.index, facts: await factsOf(p, job) });
    parentPort!.postMessage({ id: message.id, results } satisfies FromWorker);
  });
  // A failure ends the thread with an error: the main thread then parses what it had sent here.
  queue = queue.catch((error: unknown) => setImmediate(() => {
    throw error;
  }));
});
