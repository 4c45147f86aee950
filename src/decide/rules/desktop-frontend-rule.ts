import { backendLanguage } from '../brief-queries.js';
import { decision, earlierDriver, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const desktopFrontendRule: Rule = (ctx) => {
  const personas = ctx.brief.personas.filter((p) => p.clients.includes('desktop'));
  if (!ctx.brief.capabilities.clients.desktop && personas.length === 0 && ctx.pinned.length === 0) {
    return notApplicable('desktop-frontend', 'Desktop app', 'No persona uses a desktop application.');
  }
  const lang = backendLanguage(ctx);
  const native = ctx.catalog.technologies.find((t) => t.kind === 'desktop-framework' && t.language === lang);
  const framework = ctx.pinned[0] ?? native ?? ctx.catalog.byId('electron');
  const who = personas.map((p) => `${p.name}${p.count ? ` (${p.count})` : ''}`).join(', ') || 'Office users';
  return decision('desktop-frontend', {
    title: 'Desktop app',
    choice: `${framework.name} desktop app for ${who}`,
    technologies: [framework.id],
    context: `${who} plan and assign work all day at a desk and need a dense, fast UI.`,
    options: ['electron', 'wpf', 'tauri', 'dotnet-maui'].map((id) => {
      const t = ctx.catalog.byId(id);
      return techOption(t, id === framework.id, t.language === lang ? ['Same language as the backend'] : []);
    }),
    drivers: [
      fact(ctx, 'capabilities.clients.desktop', `${who} use a desktop application.`),
      ...(native ? [earlierDriver('backend-language', `The backend is ${lang}; ${framework.name} shares its models.`)] : []),
    ],
    rationale: `${framework.name}: ${framework.description} It talks to the same versioned REST API as every other client.`,
    positive: ['Keyboard-heavy scheduling views with rich grids and calendars'],
    negative: ['Desktop installs need an update channel'],
    risks: [{ risk: 'Outdated desktop clients call removed endpoints', mitigation: 'API versioning (/v1) and a minimum-client-version check at start-up' }],
    details: { framework: framework.id, distribution: 'signed installer with auto-update' },
    confirmation: ['Desktop client calls only paths present in the OpenAPI contract'],
  });
};
