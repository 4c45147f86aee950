import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';

/** `/health`: the process answers. `/ready`: the database answers too (and the server is not shutting down). */
export function healthRoutes(app: FastifyInstance, ctx: AppContext, state: { closing: boolean }): void {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    if (state.closing) return reply.status(503).send({ status: 'closing' });
    try {
      await ctx.database.ping();
      return { status: 'ready', database: ctx.database.kind, queue: ctx.queue.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind });
    }
  });
}
