import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiKeysRepository } from '../../store/repositories/api-keys-repository.js';
import { auditRepository } from '../../store/repositories/audit-repository.js';
import { documentsRepository } from '../../store/repositories/documents-repository.js';
import { jobsRepository } from '../../store/repositories/jobs-repository.js';
import { orgsRepository } from '../../store/repositories/orgs-repository.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import type { AppContext } from '../app-context.js';
import { AppError, forbidden, notFound } from '../app-error.js';
import { hashToken, newApiKey, randomToken } from '../auth/secrets.js';
import { iso, isoRequired, orgDto } from '../services/dto.js';
import { tenantGuard } from '../auth/authenticate.js';
import { createOrganization } from '../services/org-service.js';
import { defineRoute } from './define-route.js';
import { actorOf, scoped } from './scoped.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const keyDto = (k: { id: string; name: string; prefix: string; scopes: string[]; expires_at: Date | null; revoked_at: Date | null; last_used_at: Date | null; created_at: Date }) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  expiresAt: iso(k.expires_at),
  revokedAt: iso(k.revoked_at),
  lastUsedAt: iso(k.last_used_at),
  createdAt: isoRequired(k.created_at),
});

export function orgRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'listOrgs', async (request) => {
    const orgs = await scoped(ctx, request, (s) => orgsRepository.listForUser(s));
    return { items: orgs.map((o) => orgDto(o, o.role)) };
  });
  defineRoute(app, 'createOrg', async (request, reply) => {
    const org = await createOrganization(ctx, request.tenant!.actorId, request.body, tenantGuard(request.principal!, 'user'));
    request.tenant = { ...request.tenant!, orgId: org.id };
    request.auditTarget = org.id;
    return reply.status(201).send(org);
  });
  defineRoute(app, 'getOrg', async (request) => {
    const org = await scoped(ctx, request, (s) => orgsRepository.get(s));
    if (!org) throw notFound('The organization');
    return orgDto(org, request.tenant!.role ?? 'viewer');
  });
  defineRoute(app, 'usage', async (request) => {
    const q = ctx.config.quotas;
    return scoped(ctx, request, async (s) => ({
      projects: { used: await projectsRepository.count(s), limit: q.projects },
      documents: { used: await documentsRepository.count(s), limit: q.documents },
      concurrentJobs: { used: await jobsRepository.countActive(s), limit: q.concurrentJobs },
      storageBytes: { used: await projectsRepository.storageBytes(s), limit: q.storageBytes },
    }));
  });

  defineRoute(app, 'listMembers', async (request) => {
    const rows = await scoped(ctx, request, (s) => orgsRepository.listMembers(s));
    return { items: rows.map((m) => ({ userId: m.user_id, email: m.email, name: m.name, role: m.role, createdAt: isoRequired(m.created_at) })) };
  });
  defineRoute(app, 'setMemberRole', async (request) => {
    const { userId } = request.params;
    const { role } = request.body;
    return scoped(ctx, request, async (s) => {
      const current = await orgsRepository.roleOf(s, userId);
      if (!current) throw notFound('The member');
      // Only an owner may make or unmake owners, and the last owner stays.
      if ((role === 'owner' || current === 'owner') && request.tenant!.role !== 'owner') throw forbidden('Only an owner can change who owns the organization.');
      if (current === 'owner' && role !== 'owner' && (await orgsRepository.countOwners(s)) <= 1) throw new AppError(409, 'LAST_OWNER', 'The organization must keep at least one owner.');
      await orgsRepository.setRole(s, userId, role);
      const m = (await orgsRepository.listMembers(s)).find((x) => x.user_id === userId)!;
      return { userId: m.user_id, email: m.email, name: m.name, role: m.role, createdAt: isoRequired(m.created_at) };
    });
  });
  defineRoute(app, 'removeMember', async (request, reply) => {
    const { userId } = request.params;
    await scoped(ctx, request, async (s) => {
      const current = await orgsRepository.roleOf(s, userId);
      if (!current) throw notFound('The member');
      if (current === 'owner' && request.tenant!.role !== 'owner') throw forbidden('Only an owner can remove an owner.');
      if (current === 'owner' && (await orgsRepository.countOwners(s)) <= 1) throw new AppError(409, 'LAST_OWNER', 'The organization must keep at least one owner.');
      await orgsRepository.removeMember(s, userId);
    });
    return reply.status(204).send();
  });

  defineRoute(app, 'listInvitations', async (request) => {
    const rows = await scoped(ctx, request, (s) => orgsRepository.listInvitations(s));
    return { items: rows.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: isoRequired(i.expires_at), acceptedAt: iso(i.accepted_at), createdAt: isoRequired(i.created_at) })) };
  });
  defineRoute(app, 'createInvitation', async (request, reply) => {
    const token = randomToken();
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await scoped(ctx, request, (s) => orgsRepository.createInvitation(s, { id, email: request.body.email, role: request.body.role, tokenHash: hashToken(token), invitedBy: actorOf(request), expiresAt }));
    request.auditTarget = id;
    return reply.status(201).send({ id, email: request.body.email, role: request.body.role, expiresAt: expiresAt.toISOString(), acceptedAt: null, createdAt: new Date().toISOString(), token });
  });
  defineRoute(app, 'deleteInvitation', async (request, reply) => {
    const ok = await scoped(ctx, request, (s) => orgsRepository.deleteInvitation(s, request.params.invitationId));
    if (!ok) throw notFound('The invitation');
    return reply.status(204).send();
  });

  defineRoute(app, 'listApiKeys', async (request) => {
    const rows = await scoped(ctx, request, (s) => apiKeysRepository.list(s));
    return { items: rows.map(keyDto) };
  });
  defineRoute(app, 'createApiKey', async (request, reply) => {
    const { key, prefix } = newApiKey();
    const id = randomUUID();
    const expiresAt = request.body.expiresInDays ? new Date(Date.now() + request.body.expiresInDays * 86_400_000) : null;
    const scopes = [...new Set(request.body.scopes)].sort();
    const row = await scoped(ctx, request, async (s) => {
      await apiKeysRepository.create(s, { id, name: request.body.name, prefix, keyHash: hashToken(key), scopes, expiresAt, createdBy: actorOf(request) });
      return apiKeysRepository.get(s, id);
    });
    request.auditTarget = id;
    return reply.status(201).send({ ...keyDto(row!), key });
  });
  defineRoute(app, 'revokeApiKey', async (request, reply) => {
    const ok = await scoped(ctx, request, (s) => apiKeysRepository.revoke(s, request.params.keyId));
    if (!ok) throw notFound('The API key');
    return reply.status(204).send();
  });

  defineRoute(app, 'listAudit', async (request) => {
    const q = request.query;
    const rows = await scoped(ctx, request, (s) => auditRepository.list(s, { ...q, limit: q.limit }));
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        projectId: r.project_id,
        actorType: r.actor_type,
        actorId: r.actor_id,
        action: r.action,
        target: r.target,
        requestId: r.request_id,
        outcome: r.outcome,
        statusCode: r.status_code,
        createdAt: isoRequired(r.created_at),
      })),
    };
  });
}
