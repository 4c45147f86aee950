// A parsing thread: optionally loads its parser at once, then parses the chunks it
// claims of the files it is sent, posting each chunk's results to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseJob } from './parse-sources.js';

interface WorkerInput {
  readonly counter: SharedArrayBuffer;
  readonly preload: boolean;
}

const { counter, preload } = workerData as WorkerInput;
// Loads the fast reader while the main thread is still reading the files (the compiler is loaded
// only for a file the fast reader leaves to it); the rest of the parsing code is read meanwhile.
const warm = preload ? import('./parse-typescript-fast.js') : undefined;
const parsing = import('./parse-sources.js');
parentPort!.once('message', (jobs: readonly ParseJob[]) => {
  void (async () => {
    await warm;
    const { loadParser, parseClaimed } = await parsing;
    const parser = await loadParser(jobs);
    await parseClaimed(parser, jobs, new Int32Array(counter), (results) => parentPort!.postMessage(results));
    parentPort!.close();
    // The main thread may never load the compiler: this thread keeps its compiled code for later runs.
    (await import('./compile-cache.js')).flushCompileCaches();
  })();
});
