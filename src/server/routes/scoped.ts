import type { FastifyRequest } from 'fastify';
import { inTenant, type Scope } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { unauthorized } from '../app-error.js';
import { tenantGuard } from '../auth/authenticate.js';

/**
 * Runs `fn` in a transaction scoped to the request's tenant (set by access control). The
 * transaction's first round trip also re-reads the caller's session (or API key) and role and
 * judges them again, so cached access facts never let a revoked caller reach the data.
 */
export function scoped<T>(ctx: AppContext, request: FastifyRequest, fn: (s: Scope) => Promise<T>): Promise<T> {
  const tenant = request.tenant;
  const principal = request.principal;
  const access = request.routeOptions.config.api?.access;
  if (!tenant || !principal || !access || access === 'public') return Promise.reject(unauthorized());
  return inTenant(ctx.db, { orgId: tenant.orgId, userId: tenant.userId }, fn, tenantGuard(principal, access));
}

/** The id recorded as "created by": the user, or the API key acting for the organization. */
export function actorOf(request: FastifyRequest): string {
  return request.tenant?.actorId ?? '';
}
