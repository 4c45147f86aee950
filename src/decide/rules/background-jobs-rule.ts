import type { Technology } from '../../catalog/catalog.js';
import { backendLanguage, usesTech } from '../brief-queries.js';
import { decision, earlierDriver, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Driver } from '../../model/decision.js';
import type { Rule } from '../rule-context.js';

export const backgroundJobsRule: Rule = (ctx) => {
  const { capabilities: c, quality } = ctx.brief;
  const jobs: string[] = [];
  const drivers: Driver[] = [];
  const reqs = ctx.brief.requirements.filter((r) => /generat|agent|email|nightly|every night|provision|onboard|backup|export|webhook|sms|sync/i.test(r.text)).map((r) => r.id);
  if (c.ai.llm) { jobs.push('LLM generation steps run as background tasks, streaming progress events'); drivers.push(fact(ctx, 'capabilities.ai.llm', 'LLM calls take seconds to minutes and must not hold a request open.')); }
  if (c.provisioning) { jobs.push(`tenant provisioning as an orchestrated, idempotent workflow: each step records its result and has a compensating (rollback) step run in reverse order on failure${quality.provisioningMinutes ? `; completes in under ${quality.provisioningMinutes} minutes` : ''}`); drivers.push(fact(ctx, 'capabilities.provisioning', 'Tenant onboarding creates several resources and must roll back if a step fails.')); }
  for (const s of c.scheduledJobs) jobs.push(`${s.name} (${s.schedule})`);
  if (c.scheduledJobs.length > 0) drivers.push(fact(ctx, 'capabilities.scheduledJobs', `Scheduled work: ${c.scheduledJobs.map((s) => `${s.name} (${s.schedule})`).join(', ')}.`));
  if (c.notifications.length > 0) jobs.push(`${c.notifications.filter((n) => n !== 'in-app').join(', ')} notifications sent asynchronously with retries`);
  if (c.webhooksOut) jobs.push('outgoing webhook deliveries with exponential backoff and a dead-letter queue');
  if (c.export.length > 0) jobs.push(`${c.export.join(', ').toUpperCase()} export packages built in the background`);
  if (c.backupRestore) jobs.push('per-tenant backups and restores');
  if (c.sync) jobs.push('two-way synchronisation with external systems');
  if (c.backgroundJobs) drivers.push(fact(ctx, 'capabilities.backgroundJobs', 'Long-running work must run outside requests.'));
  if (jobs.length === 0 && ctx.pinned.length === 0) {
    return notApplicable('background-jobs', 'Background jobs', 'Every operation completes within the request; there is no scheduled or long-running work.');
  }
  const lang = backendLanguage(ctx);
  const redis = usesTech(ctx, 'redis') || ctx.pinned.some((t) => t.id === 'redis');
  const queues = ctx.catalog.technologies.filter((t) => t.kind === 'job-queue' && t.language === lang);
  const wanted = [...(redis ? ['redis-backed'] : ['database-backed']), 'retries', 'scheduling', ...(c.provisioning ? ['workflows', 'flows'] : [])];
  const score = (t: Technology): number => wanted.filter((w) => t.traits.includes(w)).length;
  const runner = ctx.pinned.find((t) => t.kind === 'job-queue') ?? [...queues].sort((a, b) => score(b) - score(a))[0];
  const techs = [...(redis && ctx.pinned.some((t) => t.id === 'redis') ? ['redis'] : []), ...(runner ? [runner.id] : [])];
  return decision('background-jobs', {
    title: 'Background jobs',
    choice: `${runner ? runner.name : 'A job queue'}${redis ? ' on Redis' : ''} with retries, exponential backoff and idempotent jobs`,
    technologies: techs,
    context: 'Work that is slow, scheduled or may fail and must be retried.',
    options: queues.map((t) => techOption(t, t.id === runner?.id)),
    drivers: [...drivers, ...(redis ? [earlierDriver('cache', 'Redis is already in the stack; the queue reuses it.')] : [])],
    rationale: `A queue keeps requests fast and retries failures without losing work. ${runner ? `${runner.name}: ${runner.description}` : ''}`,
    positive: ['Requests return immediately; progress is reported as events', 'Failed jobs retry with backoff and land in a dead-letter queue'],
    negative: ['Workers are a second process to deploy and monitor'],
    risks: [{ risk: 'A job runs twice after a worker crash', mitigation: 'Idempotency keys per job; steps check their own completed state before acting' }],
    requirementIds: reqs,
    details: { jobs, retries: 'exponential backoff with jitter, max 5 attempts, then dead-letter', ...(c.provisioning ? { workflow: 'saga with compensating steps, state persisted per step, idempotent' } : {}) },
    confirmation: ['Every job handler is idempotent (keyed by job id)'],
  });
};
