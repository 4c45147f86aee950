import { figure } from '../brief-queries.js';
import { capacityDriver, decision, fact, notApplicable, option, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Event rates above which dashboards move to a columnar store. */
const OLAP_EVENTS_PER_SECOND = 50;

export const analyticsRule: Rule = (ctx) => {
  const { analytics, reporting } = ctx.brief.capabilities;
  if (!analytics && !reporting && ctx.pinned.length === 0) {
    return notApplicable('analytics', 'Analytics and reporting', 'No dashboards or reports are required beyond operational views.');
  }
  const eps = figure(ctx, 'events.avg-per-second');
  const reqs = ctx.brief.requirements.filter((r) => /analytic|dashboard|report|statistic/i.test(r.text)).map((r) => r.id);
  if (eps >= OLAP_EVENTS_PER_SECOND || ctx.pinned.length > 0) {
    const store = ctx.pinned[0] ?? ctx.catalog.byId('clickhouse');
    return decision('analytics', {
      title: 'Analytics store and pipeline',
      choice: `Separate ${store.name} analytics store fed from the event stream`,
      technologies: [store.id],
      context: 'Dashboards aggregate over millions of events a day.',
      options: [techOption(store, true), techOption(ctx.catalog.byId('bigquery'), store.id === 'bigquery'),
        option('postgres-read-replica', 'Queries on a PostgreSQL read replica', false, ['No new system'], ['Aggregations over billions of rows are slow and load the cluster'])],
      drivers: [fact(ctx, 'capabilities.analytics', 'Analytics dashboards are required.'), capacityDriver('events.avg-per-second', `${Math.round(eps)} events/s on average.`)],
      rationale: `At ${Math.round(eps)} events/s, aggregations on the transactional database would compete with user traffic. A columnar store answers dashboard queries in milliseconds and is fed asynchronously.`,
      positive: ['Dashboards never slow down the transactional database'],
      negative: ['Dashboards lag the source by the pipeline delay (seconds)'],
      risks: [{ risk: 'Tenant data mixed in shared analytics tables', mitigation: 'tenant_id in every table and mandatory filter in the dashboard API' }],
      requirementIds: reqs,
      details: { pipeline: 'events consumed from the broker into the analytics store', store: store.id },
      confirmation: ['Dashboard queries never hit the primary database'],
    });
  }
  return decision('analytics', {
    title: 'Reporting',
    choice: 'Reports from the primary database through materialised views refreshed on a schedule',
    technologies: [],
    context: 'Periodic reports over modest volumes.',
    options: [option('materialized-views', 'Materialised views in the primary database', true, ['No extra system'], ['Refresh cost grows with data']),
      techOption(ctx.catalog.byId('clickhouse'), false, [], ['A second database for modest volumes'])],
    drivers: [fact(ctx, analytics ? 'capabilities.analytics' : 'capabilities.reporting', 'Periodic reports are required.')],
    rationale: 'The volume is small enough for the primary database; materialised views keep report queries cheap.',
    positive: ['No new infrastructure'],
    negative: ['Reports are as fresh as the last refresh'],
    requirementIds: reqs,
    details: { refresh: 'nightly, by the job scheduler' },
    confirmation: [],
  });
};
