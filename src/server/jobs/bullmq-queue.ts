import { Queue, Worker } from 'bullmq';
import type { JobHandler, JobQueue, JobRef } from './job-queue.js';

/**
 * The shared queue for several instances: BullMQ on Redis. The job id doubles as BullMQ's id, so
 * enqueueing the same job twice (e.g. recovery after a restart) adds it once.
 */
export function bullmqQueue(redisUrl: string, prefix: string, concurrency = 2): JobQueue {
  const u = new URL(redisUrl);
  const connection = {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number(u.pathname.slice(1) || 0),
    maxRetriesPerRequest: null,
  };
  const queue = new Queue<JobRef>('generation', { connection, prefix: `${prefix}bull` });
  let worker: Worker<JobRef> | undefined;
  return {
    kind: 'bullmq',
    async enqueue(ref) {
      await queue.add('generate', ref, { jobId: ref.jobId, removeOnComplete: 1000, removeOnFail: 1000 });
    },
    start(handler: JobHandler) {
      worker = new Worker<JobRef>('generation', async (job) => handler(job.data), { connection, prefix: `${prefix}bull`, concurrency });
      worker.on('error', () => undefined);
    },
    async close() {
      await worker?.close();
      await queue.close();
    },
  };
}
