import { sql, type Kysely, type Transaction } from 'kysely';
import { APP_ROLE } from './app-role.js';
import type { Database } from './schema.js';

/** Who is asking, inside which organization: every repository method takes one (inside a `Scope`). */
export interface TenantContext {
  /** The organization (tenant); empty for user-level reads such as "my organizations". */
  readonly orgId: string;
  readonly userId: string | null;
}

/** A transaction bound to a tenant: the role is the non-owner application role and the tenant is set. */
export interface Scope {
  readonly trx: Transaction<Database>;
  readonly ctx: TenantContext;
}

/**
 * Runs `fn` in one transaction as the application role with the tenant set for that transaction
 * only (`set_config(..., true)` = `SET LOCAL`), so row-level security filters every statement,
 * including one that forgets its `where org_id = …`.
 */
export async function inTenant<T>(db: Kysely<Database>, ctx: TenantContext, fn: (s: Scope) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('role', ${APP_ROLE}, true), set_config('archway.org_id', ${ctx.orgId}, true),
      set_config('archway.user_id', ${ctx.userId ?? ''}, true)`.execute(trx);
    return fn({ trx, ctx });
  });
}

/**
 * Runs `fn` as the owner, for the few operations that precede any tenant: sign-up and login
 * (users are global), refresh tokens, looking up an API key or invitation by its hash, and
 * recovering jobs after a restart. Repositories name these methods `system*`.
 */
export async function inSystem<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
