import { sql } from 'kysely';
import { apiKeysRepository } from '../../store/repositories/api-keys-repository.js';
import { inSystem } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { AppError, unauthorized } from '../app-error.js';
import { hashToken, looksLikeApiKey } from './secrets.js';

export type Principal =
  | { readonly kind: 'user'; readonly userId: string; readonly sessionId: string }
  | { readonly kind: 'api_key'; readonly keyId: string; readonly orgId: string; readonly scopes: readonly string[] };

/** Reads `Authorization: Bearer <JWT | API key>` (or `X-API-Key`) into a principal, or refuses with 401. */
export async function authenticate(ctx: AppContext, headers: Record<string, string | string[] | undefined>): Promise<Principal> {
  const auth = typeof headers.authorization === 'string' ? headers.authorization : '';
  const headerKey = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'] : '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(auth)?.[1] ?? '';
  const credential = headerKey || bearer;
  if (!credential) throw unauthorized();
  if (looksLikeApiKey(credential)) {
    const row = await inSystem(ctx.db, (trx) => apiKeysRepository.systemUseKey(trx, hashToken(credential)));
    if (!row) throw new AppError(401, 'INVALID_API_KEY', 'The API key is unknown.');
    if (row.revoked_at) throw new AppError(401, 'API_KEY_REVOKED', 'The API key was revoked.');
    if (row.expires_at && row.expires_at.getTime() <= Date.now()) throw new AppError(401, 'API_KEY_EXPIRED', 'The API key has expired.');
    return { kind: 'api_key', keyId: row.id, orgId: row.org_id, scopes: row.scopes };
  }
  const claims = await ctx.tokens.verify(credential);
  if (claims === 'expired') throw new AppError(401, 'TOKEN_EXPIRED', 'The access token has expired; refresh it.');
  if (claims === 'invalid') throw new AppError(401, 'INVALID_TOKEN', 'The access token is not valid.');
  return { kind: 'user', userId: claims.userId, sessionId: claims.sessionId };
}

/**
 * One round trip before any tenant is set: is the user's session still live, and what is their
 * role in `orgId` (undefined when not a member)?
 */
export async function sessionAndRole(ctx: AppContext, p: { sessionId: string; userId: string; orgId: string | null }): Promise<{ live: boolean; role: string | undefined }> {
  const r = await sql<{ live: boolean; role: string | null }>`
    select exists (select 1 from refresh_tokens where family_id = ${p.sessionId} and revoked_at is null) as live,
           (select role from memberships where org_id = ${p.orgId} and user_id = ${p.userId}) as role`.execute(ctx.db);
  const row = r.rows[0];
  return { live: row?.live === true, role: row?.role ?? undefined };
}
