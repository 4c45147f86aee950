import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Scope } from '../tenant-scope.js';

const PUBLIC_COLUMNS = ['id', 'name', 'prefix', 'scopes', 'expires_at', 'revoked_at', 'last_used_at', 'created_by', 'created_at'] as const;

/** Organization API keys: only the hash of a key is stored. */
export const apiKeysRepository = {
  async create(s: Scope, k: { id: string; name: string; prefix: string; keyHash: string; scopes: string[]; expiresAt: Date | null; createdBy: string }) {
    await s.trx
      .insertInto('api_keys')
      .values({ id: k.id, org_id: s.ctx.orgId, name: k.name, prefix: k.prefix, key_hash: k.keyHash, scopes: k.scopes, expires_at: k.expiresAt, revoked_at: null, last_used_at: null, created_by: k.createdBy })
      .execute();
  },
  async list(s: Scope) {
    return s.trx.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('org_id', '=', s.ctx.orgId).orderBy('created_at').execute();
  },
  async get(s: Scope, id: string) {
    return s.trx.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('org_id', '=', s.ctx.orgId).where('id', '=', id).executeTakeFirst();
  },
  async revoke(s: Scope, id: string): Promise<boolean> {
    const r = await s.trx.updateTable('api_keys').set({ revoked_at: new Date() }).where('org_id', '=', s.ctx.orgId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** A key is presented before its tenant is known: looked up by its hash, and its last use recorded. */
  async systemUseKey(trx: Transaction<Database>, keyHash: string) {
    const row = await trx.selectFrom('api_keys').select(['id', 'org_id', 'scopes', 'expires_at', 'revoked_at', 'last_used_at']).where('key_hash', '=', keyHash).executeTakeFirst();
    // Recording every use would write on every request; once a minute is enough for "last used".
    if (row && !row.revoked_at && (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000)) {
      await trx.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
    }
    return row;
  },
};
