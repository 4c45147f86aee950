import type { Brief } from '../brief/brief-schema.js';
import type { TechnologyKind } from '../catalog/catalog.js';
import type { ExternalSystem, ExternalSystemKind, Person } from '../model/architecture.js';
import type { Decisions } from './decision-lookup.js';
import { byString, slugify } from './slugify.js';

export function composePeople(brief: Brief): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const p of brief.personas) {
    let id = slugify(p.id || p.name, 'person');
    for (let n = 2; seen.has(id); n++) id = `${slugify(p.id || p.name, 'person')}-${n}`;
    seen.add(id);
    const count = p.count !== undefined ? ` (${p.count})` : '';
    people.push({ kind: 'person', id, name: p.name.replace(/\s+/g, ' ').trim(), description: `${p.description}${count}`.trim() });
  }
  return people;
}

const PROVIDER_KINDS: Partial<Record<ExternalSystemKind, TechnologyKind>> = {
  'llm-provider': 'llm-provider',
  sms: 'sms-provider',
  email: 'email-provider',
  push: 'push-provider',
  payment: 'payment-provider',
};

const GENERIC: Record<ExternalSystemKind, { name: string; description: string }> = {
  'llm-provider': { name: 'LLM provider', description: 'Generates text and calls tools.' },
  'embedding-provider': { name: 'Embedding provider', description: 'Turns text into vectors for semantic search.' },
  email: { name: 'Email provider', description: 'Delivers transactional email.' },
  sms: { name: 'SMS provider', description: 'Delivers text messages.' },
  push: { name: 'Push notification service', description: 'Delivers push notifications to phones and browsers.' },
  payment: { name: 'Payment provider', description: 'Takes payments and runs subscriptions.' },
  crm: { name: 'CRM', description: 'Customer records kept in sync.' },
  'identity-provider': { name: 'Identity provider', description: 'Enterprise single sign-on.' },
  'file-drop': { name: 'File drop', description: 'A folder another system imports files from.' },
  'webhook-consumer': { name: 'Webhook consumers', description: 'External systems that receive event notifications.' },
  api: { name: 'External API', description: 'A third-party API.' },
  other: { name: 'External system', description: 'A system outside the boundary.' },
};

/** External systems from the integrations, plus those the capabilities imply (LLM, SMS, email, SSO, webhooks…). */
export function composeExternalSystems(brief: Brief, d: Decisions): ExternalSystem[] {
  const out = new Map<string, ExternalSystem>();
  const kinds = new Set<ExternalSystemKind>();
  for (const i of brief.integrations) {
    const id = slugify(i.name, 'external');
    if (out.has(id)) continue;
    kinds.add(i.kind);
    out.set(id, { kind: 'external-system', id, name: i.name.replace(/\s+/g, ' ').trim(), description: i.description || GENERIC[i.kind].description, systemKind: i.kind });
  }
  const implied: ExternalSystemKind[] = [];
  const c = brief.capabilities;
  if (c.ai.llm || c.ai.agents) implied.push('llm-provider');
  if (c.ai.embeddings || c.search.semantic) implied.push('embedding-provider');
  for (const n of c.notifications) {
    if (n === 'email' || n === 'sms' || n === 'push') implied.push(n);
    if (n === 'webhook') implied.push('webhook-consumer');
  }
  if (c.webhooksOut) implied.push('webhook-consumer');
  if (c.sso.length > 0) implied.push('identity-provider');
  if (c.payments || c.billing !== 'none') implied.push('payment');
  for (const kind of implied) {
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    const providerKind = PROVIDER_KINDS[kind];
    const named = providerKind ? d.all.flatMap((x) => (x.status === 'not-applicable' ? [] : d.techs(x.area))).filter((t) => t.kind === providerKind) : [];
    const generic = GENERIC[kind];
    const name = named.length ? `${generic.name} (${[...new Set(named.map((t) => t.name))].join(', ')})` : generic.name;
    const id = out.has(kind) ? `${kind}-service` : kind;
    out.set(id, { kind: 'external-system', id, name, description: generic.description, systemKind: kind });
  }
  return [...out.values()].sort(byString((s) => s.id));
}
