import type { FastifyRequest } from 'fastify';
import { inTenant, type Scope } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { unauthorized } from '../app-error.js';

/** Runs `fn` in a transaction scoped to the request's tenant (set by access control). */
export function scoped<T>(ctx: AppContext, request: FastifyRequest, fn: (s: Scope) => Promise<T>): Promise<T> {
  const tenant = request.tenant;
  if (!tenant) return Promise.reject(unauthorized());
  return inTenant(ctx.db, { orgId: tenant.orgId, userId: tenant.userId }, fn);
}

/** The id recorded as "created by": the user, or the API key acting for the organization. */
export function actorOf(request: FastifyRequest): string {
  return request.tenant?.actorId ?? '';
}
