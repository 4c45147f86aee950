import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Trx = Transaction<Database>;

/** Users, refresh tokens and server settings: global rows, reached only through `inSystem`. */
export const identityRepository = {
  async systemFindUserByEmail(trx: Trx, email: string) {
    return trx.selectFrom('users').selectAll().where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).executeTakeFirst();
  },
  async systemFindUser(trx: Trx, id: string) {
    return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async systemCreateUser(trx: Trx, user: { id: string; email: string; name: string; passwordHash: string }) {
    await trx.insertInto('users').values({ id: user.id, email: user.email, name: user.name, password_hash: user.passwordHash }).execute();
  },
  async systemSetPassword(trx: Trx, userId: string, passwordHash: string) {
    await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: new Date() }).where('id', '=', userId).execute();
  },
  async systemInsertRefreshToken(trx: Trx, t: { id: string; familyId: string; userId: string; tokenHash: string; expiresAt: Date }) {
    await trx
      .insertInto('refresh_tokens')
      .values({ id: t.id, family_id: t.familyId, user_id: t.userId, token_hash: t.tokenHash, expires_at: t.expiresAt, used_at: null, revoked_at: null })
      .execute();
  },
  /** Locks the token row so two refreshes with the same token cannot both succeed. */
  async systemFindRefreshTokenForUpdate(trx: Trx, tokenHash: string) {
    return trx.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
  },
  async systemMarkRefreshUsed(trx: Trx, id: string) {
    await trx.updateTable('refresh_tokens').set({ used_at: new Date() }).where('id', '=', id).execute();
  },
  async systemRevokeFamily(trx: Trx, familyId: string) {
    await trx.updateTable('refresh_tokens').set({ revoked_at: new Date() }).where('family_id', '=', familyId).where('revoked_at', 'is', null).execute();
  },
  async systemRevokeAllForUser(trx: Trx, userId: string) {
    await trx.updateTable('refresh_tokens').set({ revoked_at: new Date() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  },
  /** A session (token family) is live while any of its tokens is unrevoked. */
  async systemIsFamilyLive(trx: Trx, familyId: string): Promise<boolean> {
    const row = await trx.selectFrom('refresh_tokens').select('id').where('family_id', '=', familyId).where('revoked_at', 'is', null).limit(1).executeTakeFirst();
    return row !== undefined;
  },
  async systemGetSetting(trx: Trx, key: string) {
    return (await trx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  },
  async systemPutSettingIfAbsent(trx: Trx, key: string, value: string) {
    await trx.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  },
};
