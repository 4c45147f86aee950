import { EventEmitter } from 'node:events';

/**
 * Wakes this instance's SSE streams when a job event is stored, so progress arrives at once.
 * Events written by another instance (Redis queue) are found by the streams' periodic read.
 */
export class JobSignals {
  private readonly emitter = new EventEmitter();
  /** Streams open now, so a graceful shutdown can end them instead of waiting for them. */
  readonly streams = new Set<AbortController>();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  notify(jobId: string): void {
    this.emitter.emit(jobId);
  }

  /** Resolves on the next notification for `jobId` or after `ms`, whichever comes first. */
  wait(jobId: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(jobId, done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.on(jobId, done);
      signal?.addEventListener('abort', done);
    });
  }
}
