// A parsing thread: parses the chunks it claims and posts each chunk's results to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadParser, parseClaimed, type ParseJob } from './parse-sources.js';

interface WorkerInput {
  readonly jobs: readonly ParseJob[];
  readonly counter: SharedArrayBuffer;
}

const { jobs, counter } = workerData as WorkerInput;
const parser = await loadParser(jobs);
await parseClaimed(parser, jobs, new Int32Array(counter), (results) => parentPort!.postMessage(results));
