import { figure, isMicroservices, usesTech } from '../brief-queries.js';
import { capacityDriver, decision, earlierDriver, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Sustained event rates above which a partitioned, replayable log beats a queueing broker. */
const LOG_EVENTS_PER_SECOND = 100;

export const messagingRule: Rule = (ctx) => {
  const micro = isMicroservices(ctx);
  const eps = figure(ctx, 'events.avg-per-second');
  const { capabilities } = ctx.brief;
  const sideEffects = capabilities.domainEvents || capabilities.notifications.includes('email');
  const eventsReqs = ctx.brief.requirements.filter((r) => /creat\w+ .*(sends?|attach)|event|notif/i.test(r.text)).map((r) => r.id);
  if (micro) {
    const broker = ctx.pinned[0] ?? ctx.catalog.byId(eps >= LOG_EVENTS_PER_SECOND ? 'kafka' : 'rabbitmq');
    return decision('messaging', {
      title: 'Messaging between services',
      choice: `${broker.name} for domain events between services, published through a transactional outbox`,
      technologies: [broker.id],
      context: 'Services react to each other\'s events without synchronous coupling.',
      options: ['kafka', 'rabbitmq', 'nats'].map((id) => techOption(ctx.catalog.byId(id), id === broker.id)),
      drivers: [
        earlierDriver('architecture-style', 'Microservices communicate through events.'),
        ...(eps > 0 ? [capacityDriver('events.avg-per-second', `${Math.round(eps)} events/s on average.`)] : []),
      ],
      rationale: `${broker.name}: ${broker.description}${eps >= LOG_EVENTS_PER_SECOND ? ` At ${Math.round(eps)} events/s a partitioned log keeps ordering per key and lets analytics and new consumers replay.` : ''}`,
      positive: ['Services stay available when a consumer is down', 'Events can be replayed into new consumers'],
      negative: ['Eventual consistency between services', 'A broker cluster to run'],
      risks: [{ risk: 'Lost or duplicated events', mitigation: 'Transactional outbox on the producer; idempotent consumers keyed by event id; dead-letter topic' }],
      requirementIds: eventsReqs,
      details: { pattern: 'domain events via transactional outbox', delivery: 'at-least-once, idempotent consumers', partitionKey: 'tenant id' },
      confirmation: ['Every event handler is idempotent (dedup by event id)'],
    });
  }
  if (!sideEffects && !capabilities.realtime.needed) {
    return notApplicable('messaging', 'Messaging', 'One deployable with no asynchronous side effects; in-process calls suffice.');
  }
  const redis = usesTech(ctx, 'redis');
  return decision('messaging', {
    title: 'Domain events and messaging',
    choice: `In-process domain events with a transactional outbox${redis ? '; Redis pub/sub to fan events out across instances' : ''}`,
    technologies: redis ? ['redis-streams'] : [],
    context: 'Side effects (emails, default data, notifications, realtime updates) must not slow down or fail the request that causes them.',
    options: [
      { id: 'in-process-events', name: 'In-process domain events + outbox', pros: ['No broker to run', 'Transactional with the change that raised them'], cons: ['Consumers live in the same deployable'], chosen: true },
      techOption(ctx.catalog.byId('rabbitmq'), false, [], ['A broker to run for a single deployable']),
    ],
    drivers: [
      ...(capabilities.domainEvents ? [fact(ctx, 'capabilities.domainEvents', 'Actions have side effects handled by other modules.')] : []),
      ...(capabilities.notifications.includes('email') ? [fact(ctx, 'capabilities.notifications', 'Emails are sent as a consequence of user actions.')] : []),
      ...(capabilities.realtime.needed ? [fact(ctx, 'capabilities.realtime.needed', 'Clients receive live updates.')] : []),
      ...(redis ? [earlierDriver('cache', 'Redis is already in the stack.')] : []),
    ],
    rationale: 'A module raises a domain event (e.g. "agent created"); handlers attach defaults and enqueue the email as a background job, so the request returns fast and a failing email provider never fails it. A broker adds nothing for one deployable.',
    positive: ['Side effects are decoupled and retried', 'No extra infrastructure'],
    negative: ['Handlers must be idempotent because jobs can run twice'],
    risks: [{ risk: 'Event lost if the process dies after commit', mitigation: 'Outbox row written in the same transaction; a relay enqueues it' }],
    requirementIds: eventsReqs,
    details: { pattern: 'domain events + transactional outbox', emailDelivery: 'asynchronous, as a background job with retries' },
    confirmation: ['Handlers of domain events do not run inside the request transaction'],
  });
};
