import { figure, earlier, usesTech } from '../brief-queries.js';
import { capacityDriver, decision, earlierDriver, option } from '../decision-builder.js';
import { DIRECT_DB_CONNECTIONS, readReplicaCount } from '../scaling-thresholds.js';
import type { Rule } from '../rule-context.js';

export const scalabilityRule: Rule = (ctx) => {
  const instances = figure(ctx, 'instances.api', 1);
  const replicas = readReplicaCount(ctx.capacity);
  const connections = figure(ctx, 'connections.database');
  const tenancy = earlier(ctx, 'multi-tenancy')?.details['isolation'];
  const pooler = ctx.pinned.some((t) => t.id === 'pgbouncer') || connections > DIRECT_DB_CONNECTIONS || tenancy === 'schema-per-tenant';
  const partitioned = earlier(ctx, 'primary-database')?.details['partitionedTables'];
  const k8s = usesTech(ctx, 'kubernetes');
  const parts = [
    `${instances} stateless API replica${instances === 1 ? '' : 's'} behind the load balancer${k8s ? ', autoscaled by the Horizontal Pod Autoscaler' : ''}`,
    ...(replicas > 0 ? [`${replicas} PostgreSQL read replica${replicas > 1 ? 's' : ''}`] : []),
    ...(partitioned ? ['time-partitioned event tables'] : []),
    ...(pooler ? ['PgBouncer connection pooling'] : []),
    'sharding only when one primary can no longer take the writes',
  ];
  return decision('scalability', {
    title: 'Scalability',
    choice: parts.join('; '),
    technologies: pooler ? ['pgbouncer'] : [],
    context: 'How the system grows with users, requests and data.',
    options: [
      option('horizontal', 'Stateless horizontal scaling', true, ['Add replicas for load', 'Rolling deploys without downtime'], ['State must live in the database, cache or object storage']),
      option('vertical', 'Bigger servers only', false, ['No code changes'], ['Hard ceiling; downtime to resize']),
      option('sharding', 'Shard the database now', false, ['Unbounded write scale'], ['Cross-shard queries and operations; not needed at this volume']),
    ],
    drivers: [
      capacityDriver('instances.api', `${instances} API instances cover peak load with headroom.`),
      ...(replicas > 0 ? [capacityDriver('requests.peak-reads-per-second', `${Math.round(figure(ctx, 'requests.peak-reads-per-second'))} reads/s at peak.`)] : []),
      ...(connections > 0 ? [capacityDriver('connections.database', `${connections} pooled database connections.`)] : []),
      ...(partitioned ? [earlierDriver('primary-database', 'Event-heavy tables grow fastest.')] : []),
      ...(tenancy === 'schema-per-tenant' ? [earlierDriver('multi-tenancy', 'Per-tenant schemas multiply connections.')] : []),
    ],
    rationale: 'Stateless replicas scale reads and requests linearly; read replicas and partitioning postpone sharding, which would add cross-shard complexity long before the data needs it.',
    positive: ['Capacity grows by adding replicas', 'No single hot table grows without bound'],
    negative: replicas > 0 ? ['Replica lag: reads after writes go to the primary'] : ['One primary takes every write'],
    risks: [{ risk: 'Connection exhaustion when replicas scale out', mitigation: pooler ? 'PgBouncer in transaction mode in front of PostgreSQL' : 'Pool per instance capped; add a pooler when connections approach the server limit' }],
    details: {
      apiReplicas: instances,
      readReplicas: replicas,
      ...(pooler ? { pooling: 'PgBouncer, transaction mode' } : {}),
      ...(partitioned ? { partitioning: partitioned } : {}),
      sharding: 'not now; revisit when write volume exceeds one primary',
      sessions: 'no server-side session state; tokens and Redis only',
    },
    confirmation: ['No in-memory session or file state in the API (`archway check`)'],
  });
};
