import { Worker } from 'node:worker_threads';

/** A reply from a hosted worker: `id` echoes the request; `error` carries what went wrong. */
export interface WorkerReply { readonly id: number; readonly error?: Record<string, unknown>; readonly [key: string]: unknown }

/** An Error carrying what the worker reported (for a database: message, position, code, ...). */
export function workerError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields['message'])), Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== 'message' && v !== undefined)));
}

/**
 * One long-lived worker thread, started on first use and kept for the rest of the process, so
 * the modules it loads (Spectral, PGlite and its WebAssembly) are loaded once, not per request.
 * It holds the process open only while a request is pending. A worker that dies is replaced on
 * the next request; requests it had are rejected.
 */
export class WorkerHost {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(private readonly source: string, private readonly workerData: unknown) {}

  request(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    const worker = this.start();
    const id = this.next++;
    return new Promise<WorkerReply>((resolve, reject) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.source, { eval: true, workerData: this.workerData });
    worker.unref();
    worker.on('message', (m: WorkerReply) => {
      const waiter = this.pending.get(m.id);
      if (!waiter) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      if (m.error) waiter.reject(workerError(m.error));
      else waiter.resolve(m);
    });
    const fail = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const w of this.pending.values()) w.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a verification worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
