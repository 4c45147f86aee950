import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { identityRepository as ids } from '../../store/repositories/identity-repository.js';
import { inSystem } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { AppError, unauthorized } from '../app-error.js';
import { hashToken, randomToken } from '../auth/secrets.js';

// argon2id (the library's default algorithm) with OWASP's minimum memory and time cost.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Verifying against a real hash when the email is unknown keeps login timing the same either way.
let dummyHash: Promise<string> | undefined;

export interface IssuedTokens {
  readonly tokenType: 'Bearer';
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly user: { id: string; email: string; name: string };
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

async function issue(ctx: AppContext, user: { id: string; email: string; name: string }, familyId: string): Promise<IssuedTokens> {
  const refreshToken = randomToken();
  await inSystem(ctx.db, (trx) =>
    ids.systemInsertRefreshToken(trx, { id: randomUUID(), familyId, userId: user.id, tokenHash: hashToken(refreshToken), expiresAt: new Date(Date.now() + ctx.config.refreshTokenTtlSec * 1000) }),
  );
  const accessToken = await ctx.tokens.sign({ userId: user.id, sessionId: familyId });
  return { tokenType: 'Bearer', accessToken, expiresIn: ctx.tokens.ttlSec, refreshToken, user: { id: user.id, email: user.email, name: user.name } };
}

export async function signup(ctx: AppContext, body: { email: string; password: string; name: string }): Promise<IssuedTokens> {
  const user = { id: randomUUID(), email: body.email.trim(), name: body.name.trim() };
  const passwordHash = await hashPassword(body.password);
  const created = await inSystem(ctx.db, async (trx) => {
    if (await ids.systemFindUserByEmail(trx, user.email)) return false;
    await ids.systemCreateUser(trx, { ...user, passwordHash });
    return true;
  }).catch((err: { code?: string }) => (err.code === '23505' ? false : Promise.reject(err)));
  if (!created) throw new AppError(409, 'EMAIL_TAKEN', 'An account with this email already exists.', [{ path: 'body.email', message: 'already registered' }]);
  return issue(ctx, user, randomUUID());
}

export async function login(ctx: AppContext, body: { email: string; password: string }): Promise<IssuedTokens> {
  const user = await inSystem(ctx.db, (trx) => ids.systemFindUserByEmail(trx, body.email.trim()));
  dummyHash ??= hashPassword(randomToken());
  const ok = await verify(user?.password_hash ?? (await dummyHash), body.password).catch(() => false);
  if (!user || !ok) throw new AppError(401, 'INVALID_CREDENTIALS', 'The email or password is wrong.');
  return issue(ctx, user, randomUUID());
}

/**
 * Rotates a refresh token. A token presented twice means it was stolen or replayed: the whole
 * family (session) is revoked, so the thief's and the owner's tokens both stop working.
 */
export async function refresh(ctx: AppContext, refreshToken: string): Promise<IssuedTokens> {
  const outcome = await inSystem(ctx.db, async (trx) => {
    const row = await ids.systemFindRefreshTokenForUpdate(trx, hashToken(refreshToken));
    if (!row) return { kind: 'invalid' as const };
    if (row.revoked_at) return { kind: 'invalid' as const };
    if (row.used_at) {
      await ids.systemRevokeFamily(trx, row.family_id);
      return { kind: 'reused' as const };
    }
    if (row.expires_at.getTime() <= Date.now()) return { kind: 'invalid' as const };
    await ids.systemMarkRefreshUsed(trx, row.id);
    const user = await ids.systemFindUser(trx, row.user_id);
    return user ? { kind: 'ok' as const, user, familyId: row.family_id } : { kind: 'invalid' as const };
  });
  if (outcome.kind === 'reused') throw new AppError(401, 'REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been revoked. Sign in again.');
  if (outcome.kind === 'invalid') throw new AppError(401, 'INVALID_REFRESH_TOKEN', 'The refresh token is unknown, expired or revoked. Sign in again.');
  return issue(ctx, outcome.user, outcome.familyId);
}

export async function logout(ctx: AppContext, refreshToken: string): Promise<void> {
  await inSystem(ctx.db, async (trx) => {
    const row = await ids.systemFindRefreshTokenForUpdate(trx, hashToken(refreshToken));
    if (row) await ids.systemRevokeFamily(trx, row.family_id);
  });
}

export async function changePassword(ctx: AppContext, userId: string, body: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await inSystem(ctx.db, (trx) => ids.systemFindUser(trx, userId));
  if (!user) throw unauthorized();
  if (!(await verify(user.password_hash, body.currentPassword).catch(() => false))) {
    throw new AppError(400, 'INVALID_CREDENTIALS', 'The current password is wrong.', [{ path: 'body.currentPassword', message: 'does not match' }]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await inSystem(ctx.db, async (trx) => {
    await ids.systemSetPassword(trx, userId, passwordHash);
    await ids.systemRevokeAllForUser(trx, userId);
  });
}

export async function findUser(ctx: AppContext, userId: string) {
  return inSystem(ctx.db, (trx) => ids.systemFindUser(trx, userId));
}
