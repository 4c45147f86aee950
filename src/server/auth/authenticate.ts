import { sql } from 'kysely';
import { apiKeysRepository } from '../../store/repositories/api-keys-repository.js';
import { inSystem, type GuardFacts, type TenantGuard } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { AppError, forbidden, notFound, unauthorized } from '../app-error.js';
import type { Permission } from '../schemas/api-routes.js';
import { keyAllows, roleAllows } from './permissions.js';
import { hashToken, looksLikeApiKey } from './secrets.js';

export type Principal =
  | { readonly kind: 'user'; readonly userId: string; readonly sessionId: string }
  | { readonly kind: 'api_key'; readonly keyId: string; readonly orgId: string; readonly scopes: readonly string[] };

/** What this instance keeps of a live API key between lookups (never the key or its hash). */
export interface KeyFacts {
  readonly id: string;
  readonly orgId: string;
  readonly scopes: readonly string[];
  readonly expiresAt: Date | null;
}

/** Reads `Authorization: Bearer <JWT | API key>` (or `X-API-Key`) into a principal, or refuses with 401. */
export async function authenticate(ctx: AppContext, headers: Record<string, string | string[] | undefined>): Promise<Principal> {
  const auth = typeof headers.authorization === 'string' ? headers.authorization : '';
  const headerKey = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'] : '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(auth)?.[1] ?? '';
  const credential = headerKey || bearer;
  if (!credential) throw unauthorized();
  if (looksLikeApiKey(credential)) {
    const keyHash = hashToken(credential);
    let key = ctx.apiKeys.get(keyHash);
    if (!key) {
      const row = await inSystem(ctx.db, (trx) => apiKeysRepository.systemUseKey(trx, keyHash));
      if (!row) throw new AppError(401, 'INVALID_API_KEY', 'The API key is unknown.');
      if (row.revoked_at) throw new AppError(401, 'API_KEY_REVOKED', 'The API key was revoked.');
      key = { id: row.id, orgId: row.org_id, scopes: row.scopes, expiresAt: row.expires_at };
      ctx.apiKeys.set(keyHash, key);
    }
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) throw new AppError(401, 'API_KEY_EXPIRED', 'The API key has expired.');
    return { kind: 'api_key', keyId: key.id, orgId: key.orgId, scopes: key.scopes };
  }
  const claims = await ctx.tokens.verify(credential);
  if (claims === 'expired') throw new AppError(401, 'TOKEN_EXPIRED', 'The access token has expired; refresh it.');
  if (claims === 'invalid') throw new AppError(401, 'INVALID_TOKEN', 'The access token is not valid.');
  return { kind: 'user', userId: claims.userId, sessionId: claims.sessionId };
}

/**
 * Is the user's session still live, and what is their role in `orgId` (undefined when not a
 * member)? One round trip before any tenant is set, unless this instance read the same facts a
 * moment ago (`ctx.sessions`; only live sessions with a membership, when one is asked for, are kept).
 */
export async function sessionAndRole(ctx: AppContext, p: { sessionId: string; userId: string; orgId: string | null }): Promise<GuardFacts> {
  const key = `${p.sessionId}/${p.userId}/${p.orgId ?? ''}`;
  const cached = ctx.sessions.get(key);
  if (cached) return { live: true, role: cached.role };
  const r = await sql<{ live: boolean; role: string | null }>`
    select exists (select 1 from refresh_tokens where family_id = ${p.sessionId} and revoked_at is null) as live,
           (select role from memberships where org_id = ${p.orgId} and user_id = ${p.userId}) as role`.execute(ctx.db);
  const row = r.rows[0];
  const facts = { live: row?.live === true, role: row?.role ?? undefined };
  if (facts.live && (p.orgId === null || facts.role !== undefined)) ctx.sessions.set(key, { role: facts.role });
  return facts;
}

/**
 * The one verdict on a signed-in user's facts for a route: 401 when the session ended, and inside
 * an organization 404 for a non-member (ids of other tenants cannot be probed) and 403 when the
 * role lacks the permission. `access` 'user' needs only a live session.
 */
export function judgeUser(facts: GuardFacts, access: Permission | 'user'): void {
  if (!facts.live) throw new AppError(401, 'SESSION_REVOKED', 'The session has ended; sign in again.');
  if (access === 'user') return;
  if (!facts.role) throw notFound('The organization');
  if (!roleAllows(facts.role, access)) throw forbidden(`The ${facts.role} role does not allow ${access}.`);
}

/** The verdict on an API key for a route (its organization was matched by access control). */
export function judgeKey(scopes: readonly string[], access: Permission): void {
  if (!keyAllows(scopes, access)) throw forbidden(`The API key's scopes do not include ${access}.`);
}

/**
 * The same verdict, taken again inside the request's tenant transaction from facts read in that
 * transaction's first round trip, so a revocation or role change made a moment ago — on this or
 * another instance — stops the request before it reads or writes anything.
 */
export function tenantGuard(principal: Principal, access: Permission | 'user'): TenantGuard {
  if (principal.kind === 'user') return { sessionId: principal.sessionId, accept: (facts) => judgeUser(facts, access) };
  return {
    apiKeyId: principal.keyId,
    accept: (facts) => {
      if (!facts.live) throw new AppError(401, 'API_KEY_REVOKED', 'The API key was revoked or has expired.');
    },
  };
}
