import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Scope } from '../tenant-scope.js';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

const JOB_COLUMNS = ['id', 'project_id', 'kind', 'step', 'status', 'error', 'result', 'created_by', 'created_at', 'started_at', 'finished_at'] as const;

/** Generation jobs and their stored progress events (the SSE stream replays these). */
export const jobsRepository = {
  async create(s: Scope, j: { id: string; projectId: string; kind: string; step: string | null; createdBy: string | null }) {
    await s.trx
      .insertInto('jobs')
      .values({ id: j.id, org_id: s.ctx.orgId, project_id: j.projectId, kind: j.kind, step: j.step, status: 'queued', error: null, result: null, created_by: j.createdBy, started_at: null, finished_at: null, heartbeat_at: null })
      .execute();
  },
  async get(s: Scope, projectId: string, jobId: string) {
    return s.trx.selectFrom('jobs').select(JOB_COLUMNS).where('org_id', '=', s.ctx.orgId).where('project_id', '=', projectId).where('id', '=', jobId).executeTakeFirst();
  },
  async getById(s: Scope, jobId: string) {
    return s.trx.selectFrom('jobs').select(JOB_COLUMNS).where('org_id', '=', s.ctx.orgId).where('id', '=', jobId).executeTakeFirst();
  },
  async list(s: Scope, projectId: string) {
    return s.trx.selectFrom('jobs').select(JOB_COLUMNS).where('org_id', '=', s.ctx.orgId).where('project_id', '=', projectId).orderBy('created_at', 'desc').limit(50).execute();
  },
  async countActive(s: Scope): Promise<number> {
    const r = await s.trx.selectFrom('jobs').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', s.ctx.orgId).where('status', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** Moves a queued job to running; false when another worker took it first. */
  async claim(s: Scope, jobId: string): Promise<boolean> {
    const r = await s.trx.updateTable('jobs').set({ status: 'running', started_at: new Date(), heartbeat_at: new Date() }).where('org_id', '=', s.ctx.orgId).where('id', '=', jobId).where('status', '=', 'queued').executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async finish(s: Scope, jobId: string, outcome: { status: JobStatus; error: string | null; result: unknown }) {
    await s.trx
      .updateTable('jobs')
      .set({ status: outcome.status, error: outcome.error, result: outcome.result === null ? null : JSON.stringify(outcome.result), finished_at: new Date() })
      .where('org_id', '=', s.ctx.orgId)
      .where('id', '=', jobId)
      .execute();
  },
  /** Appends an event with the next sequence number (the job row is locked to order writers). */
  async appendEvent(s: Scope, jobId: string, type: string, data: unknown): Promise<number> {
    await s.trx.selectFrom('jobs').select('id').where('org_id', '=', s.ctx.orgId).where('id', '=', jobId).forUpdate().executeTakeFirst();
    const last = await s.trx.selectFrom('job_events').select((eb) => eb.fn.max<number>('seq').as('m')).where('org_id', '=', s.ctx.orgId).where('job_id', '=', jobId).executeTakeFirst();
    const seq = Number(last?.m ?? 0) + 1;
    await s.trx.insertInto('job_events').values({ org_id: s.ctx.orgId, job_id: jobId, seq, type, data: JSON.stringify(data) }).execute();
    await s.trx.updateTable('jobs').set({ heartbeat_at: new Date() }).where('id', '=', jobId).execute();
    return seq;
  },
  async eventsAfter(s: Scope, jobId: string, afterSeq: number) {
    return s.trx.selectFrom('job_events').select(['seq', 'type', 'data']).where('org_id', '=', s.ctx.orgId).where('job_id', '=', jobId).where('seq', '>', afterSeq).orderBy('seq').execute();
  },
  /**
   * After a restart: running jobs whose heartbeat is older than `staleMs` are marked failed with a
   * reason; queued jobs are returned to be enqueued again.
   */
  async systemRecover(trx: Transaction<Database>, staleMs: number, reason: string) {
    const failed = await trx
      .updateTable('jobs')
      .set({ status: 'failed', error: reason, finished_at: new Date() })
      .where('status', '=', 'running')
      .where(sql<boolean>`coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => ${staleMs / 1000})`)
      .returning(['id', 'org_id'])
      .execute();
    const queued = await trx.selectFrom('jobs').select(['id', 'org_id']).where('status', '=', 'queued').orderBy('created_at').execute();
    return { failed, queued };
  },
};
