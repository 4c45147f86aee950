import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, notFound } from '../app-error.js';
import { authenticate, judgeKey, judgeUser, sessionAndRole } from '../auth/authenticate.js';
import type { RateDecision } from './rate-limit-store.js';
import type { RateRule } from '../config.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Routes that end sessions, change memberships or revoke keys: the access caches are dropped. */
const REVOKING_ROUTES: ReadonlySet<string> = new Set(['refresh', 'logout', 'changePassword', 'setMemberRole', 'removeMember', 'revokeApiKey']);

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
      if (principal.kind !== 'user') throw new AppError(403, 'FORBIDDEN', 'This route needs a signed-in user, not an API key.');
      judgeUser(await sessionAndRole(ctx, { sessionId: principal.sessionId, userId: principal.userId, orgId: null }), 'user');
      request.tenant = { orgId: '', userId: principal.userId, role: null, actorType: 'user', actorId: principal.userId };
      return;
    }

    const params = request.params as Record<string, string | undefined>;
    const orgId = params.orgId ?? '';
    if (!UUID.test(orgId)) throw notFound('The organization');
    if (principal.kind === 'user') {
      const facts = await sessionAndRole(ctx, { sessionId: principal.sessionId, userId: principal.userId, orgId });
      judgeUser(facts, def.access);
      request.tenant = { orgId, userId: principal.userId, role: facts.role ?? null, actorType: 'user', actorId: principal.userId };
    } else {
      if (principal.orgId !== orgId) throw notFound('The organization');
      judgeKey(principal.scopes, def.access);
      request.tenant = { orgId, userId: null, role: null, actorType: 'api_key', actorId: principal.keyId };
    }
    request.log = request.log.child({ orgId, ...(params.projectId ? { projectId: params.projectId } : {}) });
    await limit(ctx, reply, `org:${orgId}`, limits.org);
    if (params.projectId && UUID.test(params.projectId)) await limit(ctx, reply, `project:${params.projectId}`, limits.project);
  });

  // Before the answer leaves, whatever the outcome: a reused refresh token revokes its session
  // even though the request fails.
  app.addHook('onSend', async (request, _reply, payload) => {
    const routeId = request.routeOptions.config.routeId;
    if (routeId && REVOKING_ROUTES.has(routeId)) {
      ctx.sessions.clear();
      ctx.apiKeys.clear();
    }
    return payload;
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

