import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const resilienceRule: Rule = (ctx) => {
  const { integrations, quality, capabilities } = ctx.brief;
  const external = integrations.map((i) => i.name);
  return decision('resilience', {
    title: 'Resilience',
    choice: 'Timeouts on every call, retries with exponential backoff and jitter, circuit breakers around external providers, bulkheads between request and job work, idempotency keys',
    technologies: [],
    context: `External dependencies (${external.join(', ') || 'database, cache'}) fail and slow down; the system must degrade, not cascade.`,
    options: [
      option('layered-resilience', 'Timeouts + retries + circuit breakers + bulkheads', true, ['Failures stay contained', 'Retries are safe because operations are idempotent'], ['More code paths to test']),
      option('best-effort', 'Library defaults only', false, ['No work'], ['One slow provider exhausts every worker']),
    ],
    drivers: [
      ...(external.length > 0 ? [fact(ctx, 'integrations', `External systems: ${external.join(', ')}.`)] : []),
      ...(quality.resilientExternalCalls ? [fact(ctx, 'quality.resilientExternalCalls', 'External calls must retry with backoff and not cascade failures.')] : []),
      ...(quality.availability ? [fact(ctx, 'quality.availability', `Availability target ${quality.availability}%.`)] : []),
    ],
    rationale: 'A timeout bounds every wait; retries with exponential backoff absorb transient errors without stampeding; a circuit breaker stops calling a provider that is down; separate worker pools (bulkheads) keep slow jobs from starving requests; idempotency keys make retries safe.',
    positive: ['Partial outages stay partial', 'Retries never double-apply a change'],
    negative: ['Eventual rather than immediate completion for external work'],
    risks: [{ risk: 'Retry storms amplify an outage', mitigation: 'Jittered backoff, retry budgets and circuit breakers' }],
    details: {
      timeouts: 'HTTP clients 10 s (model calls 60 s), database statements 5 s',
      retries: 'exponential backoff with jitter, max 5 attempts, only for idempotent or keyed operations',
      circuitBreaker: 'open after 5 consecutive failures, half-open after 30 s',
      bulkheads: 'separate pools for API requests and background workers',
      idempotency: 'Idempotency-Key on creating POSTs and on every job',
      ...(capabilities.offline ? { offline: 'mobile outbox replays changes idempotently' } : {}),
      degradation: 'read-only mode and cached responses when dependencies are down',
    },
    confirmation: ['HTTP clients are created with explicit timeouts (`archway check`)'],
  });
};
