import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { APP_ROLE } from './app-role.js';
import type { Database } from './schema.js';

/** Who is asking, inside which organization: every repository method takes one (inside a `Scope`). */
export interface TenantContext {
  /** The organization (tenant); empty for user-level reads such as "my organizations". */
  readonly orgId: string;
  readonly userId: string | null;
}

/** The query side of a connection held for one tenant transaction (it cannot open another). */
export type TenantTransaction = Omit<Kysely<Database>, 'transaction' | 'startTransaction' | 'connection' | 'destroy'>;

/** A transaction bound to a tenant: the role is the non-owner application role and the tenant is set. */
export interface Scope {
  readonly trx: TenantTransaction;
  readonly ctx: TenantContext;
}

/** What the database says about the caller at the start of the transaction (see `TenantGuard`). */
export interface GuardFacts {
  /** The session, or the API key, is still live (unrevoked and unexpired). */
  readonly live: boolean;
  /** The user's role in `ctx.orgId`; undefined when not a member (or for an API key). */
  readonly role: string | undefined;
}

/**
 * A re-check of the caller, read in the same round trip and the same transaction as the tenant
 * settings, before `fn` runs; `accept` throws to refuse. So a request whose session, membership or
 * API key was revoked a moment ago (on any server instance) never reaches the data.
 */
export type TenantGuard =
  | { readonly sessionId: string; readonly accept: (facts: GuardFacts) => void }
  | { readonly apiKeyId: string; readonly accept: (facts: GuardFacts) => void };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id that may be written into SQL as a literal: a UUID (hex digits and dashes) or nothing. */
const isSafeId = (v: string): boolean => v === '' || UUID.test(v);

/**
 * Runs `fn` in one transaction as the application role with the tenant set for that transaction
 * only (`set_config(..., true)` = `SET LOCAL`), so row-level security filters every statement,
 * including one that forgets its `where org_id = …`.
 *
 * `begin`, the role, the tenant settings and the optional guard's facts travel in ONE round trip
 * (a multi-statement simple query). Only ids that pass a strict UUID check are written into that
 * text; any other value takes the parameterised path (`begin`, then a parameterised `select`).
 */
export async function inTenant<T>(db: Kysely<Database>, ctx: TenantContext, fn: (s: Scope) => Promise<T>, guard?: TenantGuard): Promise<T> {
  return db.connection().execute(async (conn) => {
    let facts: GuardFacts;
    try {
      facts = await openTenantTransaction(conn, ctx, guard);
    } catch (err) {
      await rollbackQuietly(conn);
      throw err;
    }
    let result: T;
    try {
      guard?.accept(facts);
      result = await fn({ trx: conn, ctx });
    } catch (err) {
      await rollbackQuietly(conn);
      throw err;
    }
    await sql`commit`.execute(conn);
    return result;
  });
}

async function openTenantTransaction(conn: Kysely<Database>, ctx: TenantContext, guard: TenantGuard | undefined): Promise<GuardFacts> {
  const userId = ctx.userId ?? '';
  const guardId = guard ? ('sessionId' in guard ? guard.sessionId : guard.apiKeyId) : '';
  let r: { rows: { live: boolean | null; role: string | null }[] };
  if (isSafeId(ctx.orgId) && isSafeId(userId) && isSafeId(guardId)) {
    // Safe to inline: every value is '' or a UUID, which cannot leave its quotes.
    const lit = (v: string) => sql.raw(`'${v}'`);
    const id = (v: string) => sql.raw(v === '' ? 'null::uuid' : `'${v}'::uuid`);
    r = await sql<{ live: boolean | null; role: string | null }>`begin; ${factsAndSettings(ctx.orgId, userId, guard, lit, id)}`.execute(conn);
  } else {
    await sql`begin`.execute(conn);
    const param = (v: string) => sql`${v}`;
    const id = (v: string) => (UUID.test(v) ? sql`${v}::uuid` : sql`null::uuid`);
    r = await factsAndSettings(ctx.orgId, userId, guard, param, id).execute(conn);
  }
  const row = r.rows[0];
  return { live: row?.live === true, role: row?.role ?? undefined };
}

/**
 * One statement: the guard's facts, read as the connecting (owner) role — the statement is planned
 * and its permissions checked before any of it runs — then the switch to the application role and
 * the tenant settings, local to the transaction.
 */
function factsAndSettings(orgId: string, userId: string, guard: TenantGuard | undefined, text: (v: string) => RawBuilder<unknown>, id: (v: string) => RawBuilder<unknown>) {
  const live = !guard
    ? sql`null::boolean`
    : 'sessionId' in guard
      ? sql`exists (select 1 from refresh_tokens where family_id = ${id(guard.sessionId)} and revoked_at is null)`
      : sql`exists (select 1 from api_keys where id = ${id(guard.apiKeyId)} and revoked_at is null and (expires_at is null or expires_at > now()))`;
  const role = guard && 'sessionId' in guard ? sql`(select role from memberships where org_id = ${id(orgId)} and user_id = ${id(userId)})` : sql`null::text`;
  return sql<{ live: boolean | null; role: string | null }>`select ${live} as live, ${role} as role,
    set_config('role', ${sql.raw(`'${APP_ROLE}'`)}, true), set_config('archway.org_id', ${text(orgId)}, true),
    set_config('archway.user_id', ${text(userId)}, true)`;
}

async function rollbackQuietly(conn: Kysely<Database>): Promise<void> {
  // A failed connection cannot roll back; the pool drops it, and PostgreSQL ends its transaction.
  await sql`rollback`.execute(conn).catch(() => undefined);
}

/**
 * Runs `fn` as the owner, for the few operations that precede any tenant: sign-up and login
 * (users are global), refresh tokens, looking up an API key or invitation by its hash, and
 * recovering jobs after a restart. Repositories name these methods `system*`.
 */
export async function inSystem<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
