import { isMultiTenant } from '../brief-queries.js';
import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const authorizationRule: Rule = (ctx) => {
  const { personas, capabilities: c } = ctx.brief;
  const roles = personas.map((p) => p.id);
  const ownership = c.ownership;
  const tenant = isMultiTenant(ctx);
  const reqs = ctx.brief.requirements.filter((r) => /role|rbac|access|admin|own/i.test(r.text)).map((r) => r.id);
  return decision('authorization', {
    title: 'Authorization',
    choice: `Role-based access control${roles.length > 0 ? ` (roles: ${roles.join(', ')})` : ''}${ownership ? ' with ownership checks on every record access' : ''}${tenant ? ', always inside the caller\'s tenant' : ''}`,
    technologies: [],
    context: 'What each caller may do, and on which records.',
    options: [
      option('rbac', 'Role-based access control', true, ['Roles map directly to the personas', 'Easy to audit'], ['Fine-grained exceptions need extra rules']),
      option('abac', 'Attribute-based access control', false, ['Fine-grained policies'], ['Harder to reason about and test']),
    ],
    drivers: [
      ...(personas.length > 0 ? [fact(ctx, 'personas', `Personas: ${personas.map((p) => p.name).join(', ')}.`)] : []),
      ...(c.rbac ? [fact(ctx, 'capabilities.rbac', 'Access follows roles.')] : []),
      ...(ownership ? [fact(ctx, 'capabilities.ownership', 'Users reach only their own records; admins reach all.')] : []),
    ],
    rationale: `Roles come from the personas, so permissions read like the requirements.${ownership ? ' Ownership is checked in the service layer on every read and write, not just in list filters.' : ''}`,
    positive: ['Permissions checked in one middleware and one service-layer guard'],
    negative: ['Role changes need a token refresh to take effect'],
    risks: [{ risk: 'Insecure direct object reference', mitigation: `Repositories filter by ${tenant ? 'tenant and ' : ''}owner; tests try to read another user's record` }],
    requirementIds: reqs,
    details: { model: 'rbac', roles, ...(ownership ? { ownership: 'owner_id checked on every access; admins bypass' } : {}), enforcement: 'route guard for roles, service layer for ownership' },
    confirmation: ['Every protected endpoint declares its roles; `archway check` flags handlers without a guard'],
  });
};
