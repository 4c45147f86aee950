import type { Integration } from '../../brief/brief-schema.js';
import { decision, fact, notApplicable, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Catalog kind whose first entry is the default provider for an integration kind. */
const PROVIDER_KIND: Partial<Record<Integration['kind'], string>> = {
  sms: 'sms-provider',
  email: 'email-provider',
  push: 'push-provider',
  payment: 'payment-provider',
};

function styleOf(i: Integration): string {
  switch (i.kind) {
    case 'file-drop': return `scheduled job (${i.schedule ?? 'nightly'}) writes files to the import folder: write to a temp name, then rename atomically; a manifest per run makes reruns idempotent`;
    case 'sms': case 'email': case 'push': return 'provider API behind an adapter interface, called from background jobs with retries; delivery receipts via webhook';
    case 'crm': return 'two-way sync: inbound webhooks or change-data-capture, outbound API calls from jobs, change log and conflict resolution per field';
    case 'webhook-consumer': return 'outgoing webhooks delivered asynchronously by a job queue, signed with HMAC, retried with exponential backoff, dead-lettered after the last attempt';
    case 'llm-provider': case 'embedding-provider': return 'provider interface selected by configuration (see the AI integration decision)';
    case 'payment': return 'provider-hosted checkout and subscriptions; provider webhooks verified and processed idempotently';
    default: return i.direction === 'inbound' ? 'inbound API calls authenticated with API keys' : 'HTTP API client behind an adapter with timeouts and retries';
  }
}

export const integrationStyleRule: Rule = (ctx) => {
  const { integrations, capabilities: c } = ctx.brief;
  const all = [...integrations];
  if (c.webhooksOut && !all.some((i) => i.kind === 'webhook-consumer')) all.push({ name: 'Webhook consumers', kind: 'webhook-consumer', direction: 'outbound', description: '' });
  for (const n of c.notifications) {
    if (n !== 'in-app' && n !== 'webhook' && !all.some((i) => i.kind === n)) all.push({ name: `${n} provider`, kind: n, direction: 'outbound', description: '' });
  }
  if ((c.payments || c.billing !== 'none') && !all.some((i) => i.kind === 'payment')) all.push({ name: 'Payment provider', kind: 'payment', direction: 'both', description: '' });
  if (all.length === 0 && !c.clients.publicApi) {
    return notApplicable('integration-style', 'Integrations', 'The system integrates with no external system.');
  }
  const providers = all.map((i) => {
    const kind = PROVIDER_KIND[i.kind];
    const named = ctx.catalog.mentionedIn(i.name).find((t) => t.kind === kind);
    return named ?? (kind ? ctx.catalog.technologies.find((t) => t.kind === kind) : undefined);
  });
  const techs = providers.filter((t) => t !== undefined).map((t) => t.id);
  if (all.some((i) => i.kind === 'webhook-consumer')) techs.push('webhooks');
  const styles: Record<string, string> = {};
  for (const i of all) styles[i.name] = styleOf(i);
  const reqs = ctx.brief.requirements.filter((r) => /sms|email|webhook|import folder|sync|salesforce|hubspot|billing|notification|provider|api/i.test(r.text)).map((r) => r.id);
  return decision('integration-style', {
    title: 'Integration style',
    choice: all.map((i) => `${i.name}: ${i.kind === 'file-drop' ? 'scheduled file drop' : i.kind === 'webhook-consumer' ? 'async webhooks with retries' : i.kind === 'crm' ? 'two-way sync' : 'adapter + async jobs'}`).join('; ') || 'Public REST API',
    technologies: [...new Set(techs)],
    context: 'How the system exchanges data with external systems without their failures becoming its failures.',
    options: [
      option('async-adapters', 'Adapters called from background jobs', true, ['Provider outages do not fail user requests', 'Providers swappable behind an interface'], ['Eventual delivery']),
      option('sync-calls', 'Synchronous calls inside requests', false, ['Simple'], ['A slow provider slows every request; failures surface to users']),
    ],
    drivers: [
      ...(integrations.length > 0 ? [fact(ctx, 'integrations', `External systems: ${integrations.map((i) => i.name).join(', ')}.`)] : []),
      ...(c.webhooksOut ? [fact(ctx, 'capabilities.webhooksOut', 'Workflow events are pushed to subscribers as webhooks.')] : []),
      ...(c.scheduledJobs.length > 0 ? [fact(ctx, 'capabilities.scheduledJobs', `Scheduled exchange: ${c.scheduledJobs.map((s) => s.name).join(', ')}.`)] : []),
    ],
    rationale: 'Every external call sits behind an adapter interface and runs from a background job with retries, so a provider outage delays a message instead of failing a user action.',
    positive: ['Providers can be replaced by configuration', 'Retries and dead letters make failures visible and recoverable'],
    negative: ['Delivery is asynchronous; users see status rather than immediate confirmation'],
    risks: [{ risk: 'Duplicate deliveries after retries', mitigation: 'Idempotency keys on outgoing calls; receivers deduplicate by event id' }],
    requirementIds: reqs,
    details: styles,
    confirmation: ['External calls only from adapter modules (`archway check`)'],
  });
};
