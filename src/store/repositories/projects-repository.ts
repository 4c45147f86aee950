import { sql } from 'kysely';
import type { Scope } from '../tenant-scope.js';

const PROJECT_COLUMNS = ['id', 'name', 'slug', 'description', 'created_by', 'created_at', 'updated_at'] as const;

/** Projects, their requirement inputs, the understood brief and the answers to its questions. */
export const projectsRepository = {
  async create(s: Scope, p: { id: string; name: string; slug: string; description: string; createdBy: string }) {
    await s.trx
      .insertInto('projects')
      .values({ id: p.id, org_id: s.ctx.orgId, name: p.name, slug: p.slug, description: p.description, understood: null, answers: '{}', created_by: p.createdBy })
      .execute();
  },
  async list(s: Scope, page: { limit: number; offset: number }) {
    return s.trx.selectFrom('projects').select(PROJECT_COLUMNS).where('org_id', '=', s.ctx.orgId).orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
  },
  async count(s: Scope): Promise<number> {
    const r = await s.trx.selectFrom('projects').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', s.ctx.orgId).executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async get(s: Scope, projectId: string) {
    return s.trx.selectFrom('projects').select([...PROJECT_COLUMNS, 'understood', 'answers']).where('org_id', '=', s.ctx.orgId).where('id', '=', projectId).executeTakeFirst();
  },
  async slugExists(s: Scope, slug: string): Promise<boolean> {
    return (await s.trx.selectFrom('projects').select('id').where('org_id', '=', s.ctx.orgId).where('slug', '=', slug).executeTakeFirst()) !== undefined;
  },
  async update(s: Scope, projectId: string, patch: { name?: string; description?: string }): Promise<boolean> {
    const r = await s.trx.updateTable('projects').set({ ...patch, updated_at: new Date() }).where('org_id', '=', s.ctx.orgId).where('id', '=', projectId).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async remove(s: Scope, projectId: string): Promise<boolean> {
    const r = await s.trx.deleteFrom('projects').where('org_id', '=', s.ctx.orgId).where('id', '=', projectId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
  async setUnderstood(s: Scope, projectId: string, understood: unknown) {
    // Not a change of the project's inputs: `updated_at` (which makes generated steps stale) stays.
    await s.trx.updateTable('projects').set({ understood: JSON.stringify(understood) }).where('org_id', '=', s.ctx.orgId).where('id', '=', projectId).execute();
  },
  async setAnswers(s: Scope, projectId: string, answers: Record<string, string>) {
    await s.trx.updateTable('projects').set({ answers: JSON.stringify(answers), updated_at: new Date() }).where('org_id', '=', s.ctx.orgId).where('id', '=', projectId).execute();
  },
  async listInputs(s: Scope, projectId: string) {
    return s.trx.selectFrom('project_inputs').select(['id', 'path', 'content', 'updated_at']).where('org_id', '=', s.ctx.orgId).where('project_id', '=', projectId).orderBy('path').execute();
  },
  async putInput(s: Scope, projectId: string, input: { id: string; path: string; content: string }): Promise<{ id: string; created: boolean }> {
    const row = await s.trx
      .insertInto('project_inputs')
      .values({ id: input.id, org_id: s.ctx.orgId, project_id: projectId, path: input.path, content: input.content })
      .onConflict((oc) => oc.columns(['project_id', 'path']).doUpdateSet({ content: input.content, updated_at: new Date() }))
      .returning(['id', sql<boolean>`(xmax = 0)`.as('created')])
      .executeTakeFirstOrThrow();
    return { id: row.id, created: row.created };
  },
  async removeInput(s: Scope, projectId: string, path: string): Promise<boolean> {
    const r = await s.trx.deleteFrom('project_inputs').where('org_id', '=', s.ctx.orgId).where('project_id', '=', projectId).where('path', '=', path).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
  /** Bytes held by the organization (inputs and every document version), for the storage quota. */
  async storageBytes(s: Scope): Promise<number> {
    const r = await sql<{ n: string }>`select (coalesce((select sum(octet_length(content)) from project_inputs where org_id = ${s.ctx.orgId}), 0)
      + coalesce((select sum(size) from document_versions where org_id = ${s.ctx.orgId}), 0))::text as n`.execute(s.trx);
    return Number(r.rows[0]?.n ?? 0);
  },
};
