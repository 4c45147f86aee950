import { backendLanguage } from '../brief-queries.js';
import { decision, earlierDriver, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const mobileFrontendRule: Rule = (ctx) => {
  const { clients, offline } = ctx.brief.capabilities;
  const mobilePersonas = ctx.brief.personas.filter((p) => p.clients.includes('mobile'));
  const needsNative = clients.mobile || mobilePersonas.length > 0;
  if (!needsNative && !clients.pwa && ctx.pinned.length === 0) {
    return notApplicable('mobile-frontend', 'Mobile app', 'No persona uses a phone app.');
  }
  const isOffline = offline || mobilePersonas.some((p) => p.offline);
  if (!needsNative && clients.pwa) {
    return decision('mobile-frontend', {
      title: 'Mobile app',
      choice: 'Progressive Web App sharing the web SPA',
      technologies: ['pwa'],
      context: 'Mobile users reach the system as an installable PWA.',
      options: ['pwa', 'react-native', 'flutter'].map((id) => techOption(ctx.catalog.byId(id), id === 'pwa')),
      drivers: [fact(ctx, 'capabilities.clients.pwa', 'The requirements ask for a mobile PWA.')],
      rationale: 'A PWA reuses the web SPA and needs no app-store releases; no native device feature is required.',
      positive: ['One codebase for web and mobile'],
      negative: ['Limited background work and push on iOS compared with native apps'],
      details: { approach: 'pwa' },
      confirmation: ['The web build ships a web manifest and a service worker'],
    });
  }
  const lang = backendLanguage(ctx);
  const sameLanguage = ctx.catalog.technologies.find((t) => t.kind === 'mobile-framework' && t.language === lang && t.traits.includes('cross-platform'));
  const framework = ctx.pinned.find((t) => t.kind === 'mobile-framework') ?? sameLanguage ?? ctx.catalog.byId('react-native');
  const localDb = ctx.catalog.byId('sqlite');
  const who = mobilePersonas.map((p) => `${p.name}${p.count ? ` (${p.count})` : ''}`).join(', ');
  return decision('mobile-frontend', {
    title: 'Mobile app',
    choice: `${framework.name} app${isOffline ? `, offline-first with a local ${localDb.name} store and background synchronisation` : ''}`,
    technologies: [framework.id, ...(isOffline ? [localDb.id] : [])],
    context: `${who || 'Mobile users'} work from a phone${isOffline ? ', often without network coverage' : ''}.`,
    options: ['react-native', 'flutter', 'dotnet-maui', 'pwa'].map((id) => {
      const t = ctx.catalog.byId(id);
      return techOption(t, id === framework.id, t.language === lang ? ['Same language as the backend'] : [],
        id === 'pwa' && isOffline ? ['Service-worker storage is evicted under pressure; weak for days offline'] : []);
    }),
    drivers: [
      ...(clients.mobile ? [fact(ctx, 'capabilities.clients.mobile', 'A phone app is required.')] : []),
      ...(isOffline ? [fact(ctx, 'capabilities.offline', 'Users must keep working without network coverage.')] : []),
      ...(sameLanguage ? [earlierDriver('backend-language', `The backend is ${lang}; ${framework.name} shares models and validation with it.`)] : []),
    ],
    rationale: `${framework.name} builds for Android and iOS from one codebase${sameLanguage ? ' in the language the team already uses' : ''}.${isOffline ? ' Offline work needs the data on the device: reads come from the local store, changes go to an outbox and sync when the network returns.' : ''}`,
    positive: ['One codebase for Android and iOS', ...(isOffline ? ['Technicians keep working in basements and plant rooms'] : [])],
    negative: isOffline ? ['Conflict resolution and sync endpoints add work on both sides'] : ['App-store release cycle'],
    risks: isOffline
      ? [{ risk: 'Conflicting edits made offline', mitigation: 'Per-record version numbers; server detects conflicts and keeps both versions for review; last-writer-wins only for non-critical fields' },
        { risk: 'Lost photos when a device dies before sync', mitigation: 'Uploads resume in chunks; the outbox survives restarts' }]
      : [],
    requirementIds: ctx.brief.requirements.filter((r) => /offline|synchron|phone|mobile/i.test(r.text)).map((r) => r.id),
    details: {
      framework: framework.id,
      ...(isOffline ? { offline: 'offline-first', localStore: localDb.id, sync: 'outbox of changes pushed on reconnect; delta pull by updated_at cursor; idempotent sync endpoint' } : {}),
    },
    confirmation: isOffline ? ['A sync endpoint exists and accepts idempotent change batches'] : [],
  });
};
