import type { FastifyInstance } from 'fastify';
import { orgsRepository } from '../../store/repositories/orgs-repository.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { AppError, notFound } from '../app-error.js';
import { tenantGuard } from '../auth/authenticate.js';
import { hashToken } from '../auth/secrets.js';
import * as auth from '../services/auth-service.js';
import { orgDto } from '../services/dto.js';
import { createOrganization } from '../services/org-service.js';
import { defineRoute } from './define-route.js';
import { scoped } from './scoped.js';
import { inSystem } from '../../store/tenant-scope.js';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'signup', async (request, reply) => {
    const tokens = await auth.signup(ctx, request.body);
    request.auditTarget = tokens.user.id;
    const organization = request.body.organization ? await createOrganization(ctx, tokens.user.id, { name: request.body.organization }) : null;
    return reply.status(201).send({ ...tokens, organization });
  });
  defineRoute(app, 'login', async (request) => {
    const tokens = await auth.login(ctx, request.body);
    request.auditTarget = tokens.user.id;
    return tokens;
  });
  defineRoute(app, 'refresh', async (request) => auth.refresh(ctx, request.body.refreshToken));
  defineRoute(app, 'logout', async (request, reply) => {
    await auth.logout(ctx, request.body.refreshToken);
    return reply.status(204).send();
  });
  defineRoute(app, 'changePassword', async (request, reply) => {
    await auth.changePassword(ctx, request.tenant!.actorId, request.body);
    return reply.status(204).send();
  });
  defineRoute(app, 'me', async (request) => {
    const user = await auth.findUser(ctx, request.tenant!.actorId);
    if (!user) throw notFound('The user');
    const orgs = await scoped(ctx, request, (s) => orgsRepository.listForUser(s));
    return { user: { id: user.id, email: user.email, name: user.name }, organizations: orgs.map((o) => orgDto(o, o.role)) };
  });
  defineRoute(app, 'acceptInvitation', async (request) => {
    const userId = request.tenant!.actorId;
    const invitation = await inSystem(ctx.db, (trx) => orgsRepository.systemFindInvitation(trx, hashToken(request.body.token)));
    if (!invitation || invitation.accepted_at || invitation.expires_at.getTime() <= Date.now()) {
      throw new AppError(404, 'INVITATION_INVALID', 'The invitation is unknown, already used or expired.');
    }
    const user = await auth.findUser(ctx, userId);
    if (!user || user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError(403, 'INVITATION_EMAIL_MISMATCH', 'The invitation was sent to another email address.');
    }
    request.tenant = { ...request.tenant!, orgId: invitation.org_id };
    request.auditTarget = invitation.id;
    return inTenant(ctx.db, { orgId: invitation.org_id, userId }, async (s) => {
      await orgsRepository.addMember(s, userId, invitation.role);
      await orgsRepository.markInvitationAccepted(s, invitation.id);
      const org = await orgsRepository.get(s);
      const role = (await orgsRepository.roleOf(s, userId)) ?? invitation.role;
      return orgDto(org!, role);
    }, tenantGuard(request.principal!, 'user'));
  });
}
