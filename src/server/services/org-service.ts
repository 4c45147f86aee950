import { randomUUID } from 'node:crypto';
import { orgsRepository } from '../../store/repositories/orgs-repository.js';
import { inSystem, inTenant, type TenantGuard } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { conflict } from '../app-error.js';
import { orgDto, slugify } from './dto.js';

/**
 * Creates an organization owned by `userId`; a taken slug gets a numeric suffix unless it was asked
 * for. `guard` re-checks the caller's session in the creating transaction (see `tenantGuard`).
 */
export async function createOrganization(ctx: AppContext, userId: string, body: { name: string; slug?: string }, guard?: TenantGuard) {
  const base = body.slug ?? slugify(body.name);
  let slug = base;
  for (let n = 2; await inSystem(ctx.db, (trx) => orgsRepository.systemSlugTaken(trx, slug)); n++) {
    if (body.slug) throw conflict('SLUG_TAKEN', `The organization slug '${slug}' is taken.`, [{ path: 'body.slug', message: 'taken' }]);
    slug = `${base.slice(0, 56)}-${n}`;
  }
  const id = randomUUID();
  await inTenant(ctx.db, { orgId: id, userId }, (s) => orgsRepository.create(s, { id, name: body.name.trim(), slug }, userId), guard).catch((err: { code?: string }) => {
    if (err.code === '23505') throw conflict('SLUG_TAKEN', `The organization slug '${slug}' is taken.`, [{ path: 'body.slug', message: 'taken' }]);
    throw err;
  });
  return orgDto({ id, name: body.name.trim(), slug, created_at: new Date() }, 'owner');
}
