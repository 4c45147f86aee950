import type { Transaction } from 'kysely';
import type { Scope } from '../tenant-scope.js';
import type { Database } from '../schema.js';

/** Organizations, memberships and invitations. Every method takes the tenant scope. */
export const orgsRepository = {
  async create(s: Scope, org: { id: string; name: string; slug: string }, ownerId: string) {
    await s.trx.insertInto('organizations').values({ id: org.id, name: org.name, slug: org.slug }).execute();
    await s.trx.insertInto('memberships').values({ org_id: org.id, user_id: ownerId, role: 'owner' }).execute();
  },
  /** The organizations the scope's user belongs to. */
  async listForUser(s: Scope) {
    return s.trx
      .selectFrom('memberships as m')
      .innerJoin('organizations as o', 'o.id', 'm.org_id')
      .select(['o.id', 'o.name', 'o.slug', 'o.created_at', 'm.role'])
      .where('m.user_id', '=', s.ctx.userId ?? '')
      .orderBy('o.name')
      .execute();
  },
  async get(s: Scope) {
    return s.trx.selectFrom('organizations').selectAll().where('id', '=', s.ctx.orgId).executeTakeFirst();
  },
  async roleOf(s: Scope, userId: string): Promise<string | undefined> {
    const row = await s.trx.selectFrom('memberships').select('role').where('org_id', '=', s.ctx.orgId).where('user_id', '=', userId).executeTakeFirst();
    return row?.role;
  },
  async listMembers(s: Scope) {
    return s.trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
      .where('m.org_id', '=', s.ctx.orgId)
      .orderBy('m.created_at')
      .orderBy('u.email')
      .execute();
  },
  async setRole(s: Scope, userId: string, role: string): Promise<boolean> {
    const r = await s.trx.updateTable('memberships').set({ role }).where('org_id', '=', s.ctx.orgId).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async removeMember(s: Scope, userId: string): Promise<boolean> {
    const r = await s.trx.deleteFrom('memberships').where('org_id', '=', s.ctx.orgId).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
  async countOwners(s: Scope): Promise<number> {
    const r = await s.trx.selectFrom('memberships').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', s.ctx.orgId).where('role', '=', 'owner').executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async addMember(s: Scope, userId: string, role: string) {
    await s.trx.insertInto('memberships').values({ org_id: s.ctx.orgId, user_id: userId, role }).onConflict((oc) => oc.columns(['org_id', 'user_id']).doNothing()).execute();
  },
  async createInvitation(s: Scope, inv: { id: string; email: string; role: string; tokenHash: string; invitedBy: string; expiresAt: Date }) {
    await s.trx
      .insertInto('invitations')
      .values({ id: inv.id, org_id: s.ctx.orgId, email: inv.email, role: inv.role, token_hash: inv.tokenHash, invited_by: inv.invitedBy, expires_at: inv.expiresAt, accepted_at: null })
      .execute();
  },
  async listInvitations(s: Scope) {
    return s.trx.selectFrom('invitations').select(['id', 'email', 'role', 'expires_at', 'accepted_at', 'created_at']).where('org_id', '=', s.ctx.orgId).orderBy('created_at').execute();
  },
  async deleteInvitation(s: Scope, id: string): Promise<boolean> {
    const r = await s.trx.deleteFrom('invitations').where('org_id', '=', s.ctx.orgId).where('id', '=', id).where('accepted_at', 'is', null).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
  async markInvitationAccepted(s: Scope, id: string) {
    await s.trx.updateTable('invitations').set({ accepted_at: new Date() }).where('org_id', '=', s.ctx.orgId).where('id', '=', id).execute();
  },
  /** An invitation is redeemed before its tenant is known: looked up by the hash of its token. */
  async systemFindInvitation(trx: Transaction<Database>, tokenHash: string) {
    return trx.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  },
  /** Organization slugs are unique across tenants; this check sees all of them. */
  async systemSlugTaken(trx: Transaction<Database>, slug: string): Promise<boolean> {
    return (await trx.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
  },
};
