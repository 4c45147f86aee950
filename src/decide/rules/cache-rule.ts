import { figure } from '../brief-queries.js';
import { capacityDriver, decision, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Peak request rate above which a shared cache pays for itself. */
const CACHE_PEAK_RPS = 200;

export const cacheRule: Rule = (ctx) => {
  const { tenancy, capabilities } = ctx.brief;
  const peak = figure(ctx, 'requests.peak-per-second');
  const instances = figure(ctx, 'instances.api', 1);
  const limits = tenancy.perTenantQuotas || capabilities.rateLimits;
  const reasons = [
    ...(peak >= CACHE_PEAK_RPS ? [capacityDriver('requests.peak-per-second', `${Math.round(peak)} requests/s at peak: hot reads must not all reach the database.`)] : []),
    ...(limits ? [fact(ctx, tenancy.perTenantQuotas ? 'tenancy.perTenantQuotas' : 'capabilities.rateLimits', 'Rate limits and quotas need counters shared by every instance.')] : []),
    ...(capabilities.realtime.needed && instances > 1 ? [capacityDriver('instances.api', `${instances} API instances must fan realtime events out to each other.`)] : []),
  ];
  if (reasons.length === 0 && ctx.pinned.length === 0) {
    return notApplicable('cache', 'Cache', 'Load is modest and nothing needs state shared between instances; in-process caching and database indexes suffice.');
  }
  const redis = ctx.catalog.byId('redis');
  return decision('cache', {
    title: 'Cache and shared counters',
    choice: `${redis.name} ${redis.currentVersion}`,
    technologies: ['redis'],
    context: 'Hot reads, rate-limit counters, token budgets and pub/sub between instances.',
    options: [techOption(redis, true, ['Atomic counters with TTL for rate limits', 'Pub/sub for realtime fan-out']), techOption(ctx.catalog.byId('memcached'), false, [], ['No atomic data structures or pub/sub'])],
    drivers: reasons,
    rationale: 'One Redis serves caching, shared rate-limit counters and pub/sub, so no second in-memory system is needed.',
    positive: ['Fewer database reads on hot paths', 'Limits hold across all instances'],
    negative: ['Another stateful service to run and monitor'],
    risks: [{ risk: 'Stale reads after writes', mitigation: 'Cache-aside with short TTLs and invalidation on write events; keys prefixed by tenant' }],
    details: { pattern: 'cache-aside', keyPrefix: 'tenant id first in every key', ttlSeconds: 300, uses: [...(limits ? ['rate limits', 'quotas'] : []), ...(peak >= CACHE_PEAK_RPS ? ['read cache'] : []), ...(capabilities.realtime.needed ? ['realtime pub/sub'] : [])] },
    confirmation: ['Cache keys start with the tenant id'],
  });
};
