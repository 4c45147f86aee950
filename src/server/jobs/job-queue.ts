/** A job to run: the ids are enough, the job row holds the rest. */
export interface JobRef {
  readonly orgId: string;
  readonly jobId: string;
}

export type JobHandler = (ref: JobRef) => Promise<void>;

/** Where generation jobs wait: in this process by default, in Redis (BullMQ) when configured. */
export interface JobQueue {
  readonly kind: 'in-process' | 'bullmq';
  enqueue(ref: JobRef): Promise<void>;
  start(handler: JobHandler): void;
  /** Stops taking jobs and waits for the running ones to finish. */
  close(): Promise<void>;
}

/** Runs up to `concurrency` jobs at once, in arrival order. */
export function inProcessQueue(concurrency = 2): JobQueue {
  const waiting: JobRef[] = [];
  const running = new Set<Promise<void>>();
  let handler: JobHandler | undefined;
  let closed = false;

  const pump = () => {
    while (handler && !closed && running.size < concurrency && waiting.length > 0) {
      const ref = waiting.shift()!;
      const p: Promise<void> = handler(ref)
        .catch(() => undefined)
        .finally(() => {
          running.delete(p);
          pump();
        });
      running.add(p);
    }
  };

  return {
    kind: 'in-process',
    async enqueue(ref) {
      if (closed) return;
      if (waiting.some((w) => w.jobId === ref.jobId)) return;
      waiting.push(ref);
      queueMicrotask(pump);
    },
    start(h) {
      handler = h;
      pump();
    },
    async close() {
      closed = true;
      await Promise.allSettled([...running]);
    },
  };
}
