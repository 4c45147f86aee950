import type { Scope } from '../tenant-scope.js';

export interface AuditEntry {
  readonly projectId: string | null;
  readonly actorType: 'user' | 'api_key' | 'anonymous' | 'system';
  readonly actorId: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly requestId: string | null;
  readonly outcome: 'success' | 'failure';
  readonly statusCode: number | null;
}

export interface AuditFilter {
  readonly action?: string;
  readonly actorId?: string;
  readonly projectId?: string;
  readonly outcome?: string;
  readonly limit: number;
  readonly before?: string;
}

/** The append-only audit trail: the application role may insert and select, never update or delete. */
export const auditRepository = {
  async append(s: Scope, e: AuditEntry) {
    await s.trx
      .insertInto('audit_events')
      .values({ org_id: s.ctx.orgId === '' ? null : s.ctx.orgId, project_id: e.projectId, actor_type: e.actorType, actor_id: e.actorId, action: e.action, target: e.target, request_id: e.requestId, outcome: e.outcome, status_code: e.statusCode })
      .execute();
  },
  async list(s: Scope, f: AuditFilter) {
    let q = s.trx
      .selectFrom('audit_events')
      .select(['id', 'project_id', 'actor_type', 'actor_id', 'action', 'target', 'request_id', 'outcome', 'status_code', 'created_at'])
      .where('org_id', '=', s.ctx.orgId);
    if (f.action) q = q.where('action', '=', f.action);
    if (f.actorId) q = q.where('actor_id', '=', f.actorId);
    if (f.projectId) q = q.where('project_id', '=', f.projectId);
    if (f.outcome) q = q.where('outcome', '=', f.outcome);
    if (f.before) q = q.where('id', '<', f.before);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  },
};
