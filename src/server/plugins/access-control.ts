import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, forbidden, notFound } from '../app-error.js';
import { authenticate, sessionAndRole } from '../auth/authenticate.js';
import { keyAllows, roleAllows } from '../auth/permissions.js';
import type { RateDecision } from './rate-limit-store.js';
import type { RateRule } from '../config.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs before validation on every API route: rate limits (global per client address, stricter on
 * sign-up and login, then per organization and per project), authentication, and the permission
 * check against the route's declared access. Another tenant's organization answers 404, never 403,
 * so ids of other tenants cannot be probed.
 */
export function registerAccessControl(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request, reply) => {
    const def = request.routeOptions.config.api;
    if (!def) return;
    const limits = ctx.config.rateLimits;
    await limit(ctx, reply, `ip:${request.ip}`, limits.global);
    if (def.strictLimit) await limit(ctx, reply, `auth:${request.ip}`, limits.auth);
    if (def.access === 'public') return;

    const principal = await authenticate(ctx, request.headers);
    request.principal = principal;
    if (def.access === 'user') {
      if (principal.kind !== 'user') throw forbidden('This route needs a signed-in user, not an API key.');
      const { live } = await sessionAndRole(ctx, { sessionId: principal.sessionId, userId: principal.userId, orgId: null });
      if (!live) throw new AppError(401, 'SESSION_REVOKED', 'The session has ended; sign in again.');
      request.tenant = { orgId: '', userId: principal.userId, role: null, actorType: 'user', actorId: principal.userId };
      return;
    }

    const params = request.params as Record<string, string | undefined>;
    const orgId = params.orgId ?? '';
    if (!UUID.test(orgId)) throw notFound('The organization');
    if (principal.kind === 'user') {
      const { live, role } = await sessionAndRole(ctx, { sessionId: principal.sessionId, userId: principal.userId, orgId });
      if (!live) throw new AppError(401, 'SESSION_REVOKED', 'The session has ended; sign in again.');
      if (!role) throw notFound('The organization');
      if (!roleAllows(role, def.access)) throw forbidden(`The ${role} role does not allow ${def.access}.`);
      request.tenant = { orgId, userId: principal.userId, role, actorType: 'user', actorId: principal.userId };
    } else {
      if (principal.orgId !== orgId) throw notFound('The organization');
      if (!keyAllows(principal.scopes, def.access)) throw forbidden(`The API key's scopes do not include ${def.access}.`);
      request.tenant = { orgId, userId: null, role: null, actorType: 'api_key', actorId: principal.keyId };
    }
    request.log = request.log.child({ orgId, ...(params.projectId ? { projectId: params.projectId } : {}) });
    await limit(ctx, reply, `org:${orgId}`, limits.org);
    if (params.projectId && UUID.test(params.projectId)) await limit(ctx, reply, `project:${params.projectId}`, limits.project);
  });
}

async function limit(ctx: AppContext, reply: FastifyReply, key: string, rule: RateRule): Promise<void> {
  const d = await ctx.limits.hit(key, rule.max, rule.windowMs);
  setHeaders(reply, d);
  if (!d.allowed) {
    ctx.metrics.rateLimited.inc({ scope: key.slice(0, key.indexOf(':')) });
    throw new AppError(429, 'RATE_LIMITED', `Too many requests; try again in ${d.resetSec} s.`, [], { 'retry-after': String(d.resetSec) });
  }
}

/** Keeps the headers of the tightest limit seen so far (the one with the fewest requests left). */
function setHeaders(reply: FastifyReply, d: RateDecision): void {
  const current = Number(reply.getHeader('ratelimit-remaining') ?? Number.POSITIVE_INFINITY);
  if (d.remaining > current && d.allowed) return;
  reply.header('ratelimit-limit', String(d.limit));
  reply.header('ratelimit-remaining', String(d.remaining));
  reply.header('ratelimit-reset', String(d.resetSec));
}

