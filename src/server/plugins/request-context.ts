import type { Principal } from '../auth/authenticate.js';
import type { RouteDef } from '../schemas/api-routes.js';
import type { TenantContext } from '../../store/tenant-scope.js';

/** The caller inside an organization, after authentication and the permission check. */
export interface RequestTenant extends TenantContext {
  readonly role: string | null;
  readonly actorType: 'user' | 'api_key';
  readonly actorId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    tenant?: RequestTenant;
    /** Set by a handler that creates something, so the audit event names it. */
    auditTarget?: string;
    startedAt?: bigint;
  }
  interface FastifyContextConfig {
    api?: RouteDef;
    routeId?: string;
  }
}
