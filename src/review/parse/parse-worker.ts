// A parsing thread: optionally loads the TypeScript parser at once, then parses the chunks it
// claims of the files it is sent, posting each chunk's results to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { flushCompileCaches } from './compile-cache.js';
import { loadParser, parseClaimed, type ParseJob } from './parse-sources.js';

interface WorkerInput {
  readonly counter: SharedArrayBuffer;
  readonly preload: boolean;
}

const { counter, preload } = workerData as WorkerInput;
// Warms the compiler while the main thread is still reading the files.
const warm = preload ? import('./parse-typescript.js') : undefined;
parentPort!.once('message', (jobs: readonly ParseJob[]) => {
  void (async () => {
    await warm;
    const parser = await loadParser(jobs);
    await parseClaimed(parser, jobs, new Int32Array(counter), (results) => parentPort!.postMessage(results));
    parentPort!.close();
    // The main thread may never load the compiler: this thread keeps its compiled code for later runs.
    flushCompileCaches();
  })();
});
