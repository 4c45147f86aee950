import { createHash, randomUUID } from 'node:crypto';
import type { Scope } from '../tenant-scope.js';

export interface NewVersion {
  readonly path: string;
  readonly step: string;
  readonly content: string;
  /** `generated`, `edited` or `restored`. */
  readonly source: string;
  readonly createdBy: string | null;
}

export interface WrittenVersion {
  readonly documentId: string;
  readonly version: number;
  readonly sha256: string;
  readonly created: boolean;
}

const DOC_COLUMNS = ['d.id', 'd.step', 'd.path', 'd.active_version', 'd.latest_version', 'd.created_at', 'd.updated_at'] as const;

/** Documents and their linear versions. */
export const documentsRepository = {
  /**
   * Appends a version. The document row is locked (`select … for update`) so concurrent writers
   * take turns and each gets the next number; `unique (document_id, version)` backs this up.
   * The new version becomes the active one.
   */
  async appendVersion(s: Scope, projectId: string, v: NewVersion): Promise<WrittenVersion> {
    await s.trx
      .insertInto('documents')
      .values({ id: randomUUID(), org_id: s.ctx.orgId, project_id: projectId, step: v.step, path: v.path, active_version: 0, latest_version: 0 })
      .onConflict((oc) => oc.columns(['project_id', 'path']).doNothing())
      .execute();
    const doc = await s.trx
      .selectFrom('documents')
      .select(['id', 'latest_version'])
      .where('org_id', '=', s.ctx.orgId)
      .where('project_id', '=', projectId)
      .where('path', '=', v.path)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const version = doc.latest_version + 1;
    const sha256 = createHash('sha256').update(v.content).digest('hex');
    await s.trx
      .insertInto('document_versions')
      .values({ id: randomUUID(), org_id: s.ctx.orgId, project_id: projectId, document_id: doc.id, version, content: v.content, sha256, size: Buffer.byteLength(v.content), source: v.source, created_by: v.createdBy })
      .execute();
    await s.trx.updateTable('documents').set({ latest_version: version, active_version: version, updated_at: new Date() }).where('id', '=', doc.id).execute();
    return { documentId: doc.id, version, sha256, created: version === 1 };
  },
  async list(s: Scope, projectId: string) {
    return s.trx
      .selectFrom('documents as d')
      .innerJoin('document_versions as v', (j) => j.onRef('v.document_id', '=', 'd.id').onRef('v.version', '=', 'd.active_version'))
      .select([...DOC_COLUMNS, 'v.sha256', 'v.size'])
      .where('d.org_id', '=', s.ctx.orgId)
      .where('d.project_id', '=', projectId)
      .orderBy('d.path')
      .execute();
  },
  /** Active versions with content, for generation comparisons and export. */
  async listActiveWithContent(s: Scope, projectId: string) {
    return s.trx
      .selectFrom('documents as d')
      .innerJoin('document_versions as v', (j) => j.onRef('v.document_id', '=', 'd.id').onRef('v.version', '=', 'd.active_version'))
      .select(['d.id', 'd.step', 'd.path', 'd.active_version', 'v.content', 'v.sha256', 'v.created_at'])
      .where('d.org_id', '=', s.ctx.orgId)
      .where('d.project_id', '=', projectId)
      .orderBy('d.path')
      .execute();
  },
  async get(s: Scope, projectId: string, documentId: string) {
    return s.trx
      .selectFrom('documents as d')
      .innerJoin('document_versions as v', (j) => j.onRef('v.document_id', '=', 'd.id').onRef('v.version', '=', 'd.active_version'))
      .select([...DOC_COLUMNS, 'v.content', 'v.sha256', 'v.size', 'v.source'])
      .where('d.org_id', '=', s.ctx.orgId)
      .where('d.project_id', '=', projectId)
      .where('d.id', '=', documentId)
      .executeTakeFirst();
  },
  async listVersions(s: Scope, projectId: string, documentId: string) {
    return s.trx
      .selectFrom('document_versions')
      .select(['version', 'sha256', 'size', 'source', 'created_by', 'created_at'])
      .where('org_id', '=', s.ctx.orgId)
      .where('project_id', '=', projectId)
      .where('document_id', '=', documentId)
      .orderBy('version')
      .execute();
  },
  async getVersion(s: Scope, projectId: string, documentId: string, version: number) {
    return s.trx
      .selectFrom('document_versions')
      .select(['version', 'content', 'sha256', 'size', 'source', 'created_by', 'created_at'])
      .where('org_id', '=', s.ctx.orgId)
      .where('project_id', '=', projectId)
      .where('document_id', '=', documentId)
      .where('version', '=', version)
      .executeTakeFirst();
  },
  async count(s: Scope): Promise<number> {
    const r = await s.trx.selectFrom('documents').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', s.ctx.orgId).executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
