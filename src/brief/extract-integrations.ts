import type { Catalog, Technology } from '../catalog/catalog.js';
import { compileMentionPatterns, findMentions } from '../catalog/mentioned-in.js';
import type { SourceRef } from '../model/source.js';
import { allClauses, at } from './clause-scan.js';
import { addItem, getPath, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';

const PROVIDER_MATCHERS = new WeakMap<Catalog, ReturnType<typeof compileMentionPatterns>>();

/** Only providers and integration platforms can be integrations; matching just those keeps prose scans fast. */
function providersIn(catalog: Catalog, text: string): Technology[] {
  let patterns = PROVIDER_MATCHERS.get(catalog);
  if (!patterns) {
    patterns = compileMentionPatterns(catalog.technologies.filter((t) => t.kind.endsWith('-provider') || (t.kind === 'platform' && t.areas.includes('integration-style'))));
    PROVIDER_MATCHERS.set(catalog, patterns);
  }
  return findMentions(patterns, text);
}

type IntegrationKind = 'llm-provider' | 'embedding-provider' | 'email' | 'sms' | 'push' | 'payment' | 'crm' | 'file-drop' | 'webhook-consumer' | 'api';

const PROVIDER_KINDS: Readonly<Partial<Record<Technology['kind'], IntegrationKind>>> = {
  'llm-provider': 'llm-provider',
  'sms-provider': 'sms',
  'email-provider': 'email',
  'push-provider': 'push',
  'payment-provider': 'payment',
};

const GENERIC: ReadonlyArray<[string, IntegrationKind, RegExp]> = [
  ['LLM provider', 'llm-provider', /\b(?:LLM|language model|AI model)(?: and embedding)? providers?\b/i],
  ['Embedding provider', 'embedding-provider', /\bembeddings? providers?\b|\bLLM and embedding providers\b/i],
];

const CHANNEL_PROVIDERS: ReadonlyArray<[string, string, IntegrationKind]> = [
  ['email', 'Email provider', 'email'],
  ['sms', 'SMS provider', 'sms'],
  ['push', 'Push provider', 'push'],
];

const REQUIREMENT_PREFIX = /^(?:FR|NFR|REQ|US|UC|BR|QR|SR|R)[- ]?\d+(?:\.\d+)*\s*(?:[:.)—–]|\s-)\s*/i;

/**
 * External systems the text names: providers from the catalog (OpenAI, Twilio, Salesforce), generic
 * providers ("an LLM provider"), one provider per notification channel, webhook consumers and file drops.
 */
export function extractIntegrations(set: FactSet, units: readonly TextUnit[], catalog: Catalog): void {
  const prose = units.filter((u) => u.section !== 'constraints');
  const crm = prose.some((u) => /\bCRM\b/.test(u.text));
  const named = new Set<IntegrationKind>();
  const found: { name: string; kind: IntegrationKind; direction?: string; source: SourceRef; generic: boolean }[] = [];
  const drops: Record<string, unknown>[] = [];
  const dropSources: SourceRef[] = [];
  for (const c of allClauses(prose)) {
    const twoWay = /\btwo-way\b|\bbidirectional\b|\bbi-directional\b|\bsync\w*\b/i.test(c.text);
    for (const tech of providersIn(catalog, c.text)) {
      const kind = PROVIDER_KINDS[tech.kind] ?? (tech.kind === 'platform' && tech.areas.includes('integration-style') ? (crm ? 'crm' : 'api') : undefined);
      if (!kind) continue;
      named.add(kind);
      found.push({ name: tech.name, kind, ...(twoWay ? { direction: 'both' } : {}), source: at(c), generic: false });
    }
    for (const [name, kind, re] of GENERIC) {
      const m = re.exec(c.text);
      if (m) found.push({ name, kind, source: at(c, m.index), generic: true });
    }
    const drop = /\b(?:import|export|drop|shared|network|inbox)\s+folders?\b|\bdropped into\b|\bfile drops?\b|\bSFTP\b/i.exec(c.text);
    if (drop) {
      const system = /\b(?:the\s+|an?\s+)?(?:existing\s+)?([a-z]+(?:\s[a-z]+)?)\s+system(?:'s)?\b/i.exec(c.text);
      const schedule = /\bevery night\b|\bnightly\b|\bovernight\b/i.test(c.text) ? 'nightly' : /\bhourly\b|\bevery hour\b/i.test(c.text) ? 'hourly' : /\bdaily\b|\bevery day\b/i.test(c.text) ? 'daily' : undefined;
      const name = system ? `${system[1]!.charAt(0).toUpperCase()}${system[1]!.slice(1).toLowerCase()} system` : 'File drop';
      drops.push({
        name,
        kind: 'file-drop',
        direction: /\b(?:read|picked up|imported|collected) from\b/i.test(c.text) ? 'inbound' : 'outbound',
        ...(schedule ? { schedule } : {}),
        description: c.unit.text.replace(REQUIREMENT_PREFIX, ''),
      });
      dropSources.push(at(c, drop.index));
    }
  }
  for (const f of found) {
    if (f.generic && named.has(f.kind)) continue;
    addItem(set, 'integrations', 'name', { name: f.name, kind: f.kind, ...(f.direction ? { direction: f.direction } : {}) }, f.source);
  }
  const channels = (getPath(set.data, 'capabilities.notifications') as string[] | undefined) ?? [];
  for (const [channel, name, kind] of CHANNEL_PROVIDERS) {
    const source = set.provenance.get(`capabilities.notifications.${channel}`);
    if (channels.includes(channel) && !named.has(kind) && source) addItem(set, 'integrations', 'name', { name, kind }, source);
  }
  const webhooks = set.provenance.get('capabilities.webhooksOut');
  if (webhooks) addItem(set, 'integrations', 'name', { name: 'Webhook consumers', kind: 'webhook-consumer' }, webhooks);
  drops.forEach((d, i) => addItem(set, 'integrations', 'name', d, dropSources[i]!));
}
