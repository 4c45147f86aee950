import type { FastifyReply, FastifyRequest } from 'fastify';
import { jobsRepository } from '../../store/repositories/jobs-repository.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';

const TERMINAL = new Set(['done', 'error']);
/** With a shared queue, another instance may store the events: re-read them this often. */
const SHARED_POLL_MS = 1000;

/**
 * Server-sent events for one job: every stored event after `afterSeq` (so a client resumes with
 * `Last-Event-ID`), then new ones as they are stored, with `: heartbeat` comments in between.
 * The stream ends after `done` or `error`.
 */
export async function streamJobEvents(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, p: { orgId: string; jobId: string; afterSeq: number }): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = v as string;
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write('retry: 2000\n\n');
  const abort = new AbortController();
  ctx.signals.streams.add(abort);
  ctx.metrics.sseConnections.inc();
  request.raw.on('close', () => abort.abort());
  const pollMs = ctx.queue.kind === 'in-process' ? ctx.config.sseHeartbeatMs : Math.min(SHARED_POLL_MS, ctx.config.sseHeartbeatMs);
  let last = p.afterSeq;
  let lastWrite = Date.now();
  try {
    while (!abort.signal.aborted) {
      const events = await inTenant(ctx.db, { orgId: p.orgId, userId: null }, (s) => jobsRepository.eventsAfter(s, p.jobId, last));
      let finished = false;
      for (const e of events) {
        res.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`);
        last = e.seq;
        lastWrite = Date.now();
        if (TERMINAL.has(e.type)) finished = true;
      }
      if (finished) break;
      if (Date.now() - lastWrite >= ctx.config.sseHeartbeatMs) {
        res.write(': heartbeat\n\n');
        lastWrite = Date.now();
      }
      await ctx.signals.wait(p.jobId, pollMs, abort.signal);
    }
  } catch (err) {
    request.log.error({ err }, 'event stream failed');
  } finally {
    ctx.signals.streams.delete(abort);
    ctx.metrics.sseConnections.dec();
    res.end();
  }
}
