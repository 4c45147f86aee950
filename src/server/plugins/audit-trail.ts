import type { FastifyInstance } from 'fastify';
import { auditRepository } from '../../store/repositories/audit-repository.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TARGET_PARAMS = ['version', 'documentId', 'jobId', 'keyId', 'invitationId', 'userId', 'projectId'] as const;

/**
 * Every mutating API request writes one audit event before its response leaves, with the outcome.
 * Requests that never reached an organization (sign-up, login, another tenant's ids) are recorded
 * without one.
 */
export function registerAuditTrail(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const routeId = request.routeOptions.config.routeId;
    if (!routeId || !MUTATING.has(request.method)) return payload;
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const tenant = request.tenant;
    const principal = request.principal;
    const target = request.auditTarget ?? TARGET_PARAMS.map((p) => params[p]).find((v) => v !== undefined) ?? params.orgId ?? null;
    const ok = reply.statusCode < 400;
    const actorId = tenant?.actorId ?? (principal?.kind === 'user' ? principal.userId : principal?.kind === 'api_key' ? principal.keyId : null);
    try {
      await inTenant(ctx.db, { orgId: tenant?.orgId ?? '', userId: tenant?.userId ?? null }, (s) =>
        auditRepository.append(s, {
          projectId: tenant?.orgId && params.projectId && /^[0-9a-f-]{36}$/i.test(params.projectId) ? params.projectId : null,
          actorType: tenant?.actorType ?? principal?.kind ?? 'anonymous',
          actorId: actorId && /^[0-9a-f-]{36}$/i.test(actorId) ? actorId : null,
          action: routeId,
          target,
          requestId: request.id,
          outcome: ok ? 'success' : 'failure',
          statusCode: reply.statusCode,
        }),
      );
    } catch (err) {
      request.log.error({ err }, 'audit event could not be written');
    }
    return payload;
  });
}
