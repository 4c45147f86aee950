import { decision, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const webFrontendRule: Rule = (ctx) => {
  const { clients } = ctx.brief.capabilities;
  const webPersonas = ctx.brief.personas.filter((p) => p.clients.includes('web'));
  if (!clients.web && !clients.pwa && webPersonas.length === 0 && ctx.pinned.length === 0) {
    return notApplicable('web-frontend', 'Web frontend', 'No persona uses a web browser; the system is used through its API and other clients.');
  }
  const pinnedIds = ctx.pinned.map((t) => t.id);
  const framework = ctx.pinned.find((t) => t.kind === 'web-framework') ?? ctx.catalog.byId('react');
  const ids = pinnedIds.length > 0 ? [...pinnedIds] : [framework.id, 'typescript', 'vite'];
  if (!ids.includes('typescript')) ids.push('typescript');
  const who = webPersonas.map((p) => p.name).join(', ');
  return decision('web-frontend', {
    title: 'Web frontend',
    choice: `${framework.name} single-page application in TypeScript${ids.includes('vite') ? ', built with Vite' : ''}${clients.pwa ? ', installable as a PWA' : ''}`,
    technologies: [...ids, ...(clients.pwa ? ['pwa'] : [])],
    context: `Browser users${who ? ` (${who})` : ''} need an interactive UI over the REST API.`,
    options: ['react', 'vue', 'angular'].map((id) => techOption(ctx.catalog.byId(id), id === framework.id)),
    drivers: [
      ...(clients.web ? [fact(ctx, 'capabilities.clients.web', `A web client is required${who ? ` for ${who}` : ''}.`)] : []),
      ...(clients.pwa ? [fact(ctx, 'capabilities.clients.pwa', 'Mobile users get an installable PWA.')] : []),
    ],
    rationale: `An SPA talks only to the versioned API, so the backend stays the single source of rules. ${framework.name} has the largest ecosystem and hiring pool; TypeScript types can be generated from the OpenAPI contract.`,
    positive: ['Static build served from a CDN or the reverse proxy', 'API types generated from the OpenAPI contract'],
    negative: ['Client-side routing needs care for SEO (not a need here)'],
    risks: [{ risk: 'Tokens stolen through XSS', mitigation: 'Access token in memory, refresh token in an HttpOnly SameSite cookie, strict CSP' }],
    details: { rendering: 'client-side SPA', apiClient: 'generated from OpenAPI', ...(clients.pwa ? { pwa: 'service worker, offline shell, installable' } : {}) },
    confirmation: ['The web build calls only paths present in the OpenAPI contract'],
  });
};
