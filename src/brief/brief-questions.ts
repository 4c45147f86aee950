import type { QuestionOption } from '../model/source.js';
import type { Brief } from './brief-schema.js';
import { NUMBER, SIZE, parseNumber, parseSize, perSecond } from './quantity.js';

/**
 * The facts an architect cannot design without, in the order they are resolved (later ones may use
 * earlier ones). A missing fact gets an assumption with its reason and, when it has options, a question.
 */
export interface FactSpec {
  readonly id: string;
  readonly path: string;
  readonly question?: string;
  readonly why: string;
  readonly options: readonly QuestionOption[];
  /** Whether the fact is missing (stated facts are never assumed or asked). */
  readonly missing: (brief: Brief) => boolean;
  readonly assume: (brief: Brief) => { readonly value: unknown; readonly reason: string; readonly path?: string } | undefined;
  /** Reads a free-form answer (`250`, `99.9%`, `20 GB`); undefined when it is not usable. */
  readonly parse?: (answer: string) => unknown;
}

const opt = (key: string, label: string, value: unknown): QuestionOption => ({ key, label, value });

function numberAnswer(answer: string): number | undefined {
  const m = new RegExp(NUMBER, 'i').exec(answer);
  return m ? parseNumber(m[1], m[2]) : undefined;
}

function sizeAnswer(answer: string): number | undefined {
  const m = new RegExp(SIZE, 'i').exec(answer);
  return m ? parseSize(m[1], m[2], m[3]) : numberAnswer(answer);
}

function enumAnswer(values: readonly string[]) {
  return (answer: string): string | undefined => values.find((v) => v === answer.trim().toLowerCase());
}

const round = (n: number): number => Math.max(1, Math.round(n));

export const FACT_SPECS: readonly FactSpec[] = [
  {
    id: 'tenancy.mode',
    path: 'tenancy.mode',
    question: 'Does one organization use the system, or many organizations each with their own data?',
    why: 'Multi-tenancy shapes the data model, authorization and isolation of every table.',
    options: [opt('a', 'one organization (single-tenant)', 'single'), opt('b', 'many organizations (multi-tenant)', 'multi')],
    missing: () => true,
    assume: () => ({ value: 'single', reason: 'No tenants, organizations or multi-tenancy are mentioned.' }),
    parse: enumAnswer(['single', 'multi']),
  },
  {
    id: 'scale.registered-users',
    path: 'scale.registeredUsers',
    question: 'How many registered users do you expect in the first year?',
    why: 'User count sizes the database, authentication and cost estimates.',
    options: [opt('a', 'under 1,000', 500), opt('b', '1,000–50,000', 10000), opt('c', 'over 50,000', 100000)],
    missing: (b) => b.scale.registeredUsers === undefined,
    assume: (b) => {
      const t = b.tenancy;
      if (t.tenants !== undefined && t.usersPerTenant !== undefined) return { value: t.tenants * t.usersPerTenant, reason: `${t.tenants} tenants × ${t.usersPerTenant} users per tenant.` };
      if (b.scale.concurrentUsers !== undefined) return { value: b.scale.concurrentUsers * 10, reason: `About 10% of registered users are active at peak, so ${b.scale.concurrentUsers} concurrent users × 10.` };
      const people = b.personas.reduce((sum, p) => sum + (p.count ?? 0), 0);
      if (people > 0) return { value: people, reason: `The personas add up to ${people} people.` };
      return { value: 1000, reason: 'No user numbers are stated; a small product is assumed.' };
    },
    parse: numberAnswer,
  },
  {
    id: 'scale.registered-users-later',
    path: 'scale.registeredUsersLater',
    why: 'Growth sets the sizing horizon.',
    options: [],
    missing: (b) => b.scale.registeredUsersLater === undefined && b.tenancy.tenantsLater !== undefined && b.tenancy.usersPerTenant !== undefined,
    assume: (b) => ({ value: b.tenancy.tenantsLater! * b.tenancy.usersPerTenant!, reason: `${b.tenancy.tenantsLater} tenants later × ${b.tenancy.usersPerTenant} users per tenant.` }),
  },
  {
    id: 'scale.concurrent-users',
    path: 'scale.concurrentUsers',
    question: 'How many users are active at the same time at peak?',
    why: 'Peak concurrency sizes the application servers, connection pools and realtime connections.',
    options: [opt('a', 'under 100', 50), opt('b', '100–1,000', 500), opt('c', 'over 1,000', 2000)],
    missing: (b) => b.scale.concurrentUsers === undefined,
    assume: (b) => ({ value: round((b.scale.registeredUsers ?? 1000) * 0.1), reason: `About 10% of ${b.scale.registeredUsers ?? 1000} registered users are active at peak.` }),
    parse: numberAnswer,
  },
  {
    id: 'scale.peak-rps',
    path: 'scale.peakRequestsPerSecond',
    question: 'Expected peak requests per second?',
    why: 'Peak load decides horizontal scaling, caching and whether one database node is enough.',
    options: [opt('a', 'under 50', 25), opt('b', '50–500', 250), opt('c', 'over 500', 1000)],
    missing: (b) => b.scale.peakRequestsPerSecond === undefined,
    assume: (b) => {
      if (b.scale.averageRequestsPerSecond !== undefined) return { value: round(b.scale.averageRequestsPerSecond * 3), reason: `Peak is about 3 × the average of ${b.scale.averageRequestsPerSecond} requests per second.` };
      const workloads = b.scale.workloads.filter((w) => w.kind !== 'event');
      if (workloads.length > 0) {
        const ratio = b.scale.readWriteRatio ?? 1;
        const avg = workloads.reduce((sum, w) => sum + perSecond(w.count, w.per) * (w.kind === 'write' ? 1 + ratio : 1), 0);
        return { value: round(avg * 3), reason: `Average ${avg.toFixed(2)} requests per second from the stated workloads (reads at ${ratio}:1), × 3 for the peak.` };
      }
      const users = b.scale.concurrentUsers ?? 100;
      return { value: round(users / 5), reason: `Each of ${users} concurrent users sends about one request every 5 seconds.` };
    },
    parse: numberAnswer,
  },
  {
    id: 'quality.availability',
    path: 'quality.availability',
    question: 'Which availability does the system need?',
    why: 'Availability decides redundancy: one server, a standby, or several zones.',
    options: [opt('a', '99.5% (about 3.6 hours down a month)', 99.5), opt('b', '99.9% (about 43 minutes a month)', 99.9), opt('c', '99.95%', 99.95), opt('d', '99.99%', 99.99)],
    missing: (b) => b.quality.availability === undefined,
    assume: (b) =>
      b.constraints.budgetLevel === 'small'
        ? { value: 99.5, reason: 'The budget is small; one server with backups gives about 99.5%.' }
        : { value: 99.9, reason: 'No availability target is stated; 99.9% is the common default for business systems.' },
    parse: numberAnswer,
  },
  {
    id: 'quality.latency-p95',
    path: 'quality.latencyP95Ms',
    question: 'How fast must API calls answer at the 95th percentile?',
    why: 'The latency target decides caching, read replicas and synchronous versus queued work.',
    options: [opt('a', '200 ms', 200), opt('b', '500 ms', 500), opt('c', '1 second', 1000)],
    missing: (b) => b.quality.latencyP95Ms === undefined,
    assume: (b) =>
      b.quality.latencyAverageMs !== undefined
        ? { value: round(b.quality.latencyAverageMs * 2.5), reason: `About 2.5 × the stated average of ${b.quality.latencyAverageMs} ms.` }
        : { value: 500, reason: 'No latency target is stated; 500 ms at p95 suits interactive use.' },
    parse: numberAnswer,
  },
  {
    id: 'quality.rpo',
    path: 'quality.rpoMinutes',
    question: 'How much data may be lost in a disaster (RPO)?',
    why: 'RPO decides backup frequency, point-in-time recovery and replication.',
    options: [opt('a', '5 minutes', 5), opt('b', '1 hour', 60), opt('c', '1 day', 1440)],
    missing: (b) => b.quality.rpoMinutes === undefined,
    assume: () => ({ value: 60, reason: 'No RPO is stated; hourly recovery points are a common default.' }),
    parse: numberAnswer,
  },
  {
    id: 'quality.rto',
    path: 'quality.rtoMinutes',
    question: 'How long may a full recovery take (RTO)?',
    why: 'RTO decides standby capacity and how restores are rehearsed.',
    options: [opt('a', '30 minutes', 30), opt('b', '4 hours', 240), opt('c', '1 day', 1440)],
    missing: (b) => b.quality.rtoMinutes === undefined,
    assume: () => ({ value: 240, reason: 'No RTO is stated; a restore within 4 hours is a common default.' }),
    parse: numberAnswer,
  },
  {
    id: 'scale.retention',
    path: 'scale.retentionYears',
    question: 'How many years must data be kept?',
    why: 'Retention is the sizing horizon for storage and backups, and a compliance duty.',
    options: [opt('a', '1 year', 1), opt('b', '3 years', 3), opt('c', '7 years', 7)],
    missing: (b) => b.scale.retentionYears === undefined,
    assume: (b) =>
      b.scale.fileRetentionYears !== undefined
        ? { value: b.scale.fileRetentionYears, reason: `Files are kept for ${b.scale.fileRetentionYears} years; records are assumed to be kept as long.` }
        : { value: 3, reason: 'No retention is stated; storage is sized for 3 years.' },
    parse: numberAnswer,
  },
  {
    id: 'scale.data-growth',
    path: 'scale.dataGrowthBytesPerMonth',
    question: 'How much new data arrives per month?',
    why: 'Data growth sizes storage and decides when partitioning or archiving is needed.',
    options: [opt('a', 'under 1 GB', 1e9), opt('b', '1–50 GB', 20e9), opt('c', 'over 50 GB', 100e9)],
    missing: (b) => b.scale.dataGrowthBytesPerMonth === undefined && b.scale.workloads.length === 0 && b.scale.itemSizes.length === 0,
    assume: (b) => {
      const users = b.scale.registeredUsers ?? 1000;
      return { value: users * 100_000, reason: `About 100 KB of new data per registered user per month (${users} users).` };
    },
    parse: sizeAnswer,
  },
  {
    id: 'constraints.team-size',
    path: 'constraints.team.size',
    question: 'How many developers will build and run the system?',
    why: 'Team size decides between a modular monolith and independently deployed services.',
    options: [opt('a', '1–3', 2), opt('b', '4–8', 6), opt('c', '9 or more', 15)],
    missing: (b) => b.constraints.team.size === undefined,
    assume: (b) =>
      b.constraints.team.teams !== undefined
        ? { value: b.constraints.team.teams * 6, reason: `${b.constraints.team.teams} teams of about 6 developers.` }
        : { value: 4, reason: 'No team size is stated; a small team of 4 is assumed.' },
    parse: (a) => {
      const n = numberAnswer(a);
      return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
    },
  },
  {
    id: 'constraints.budget',
    path: 'constraints.budgetMonthlyUsd',
    question: 'What may the infrastructure cost per month?',
    why: 'The budget rules deployment options in or out.',
    options: [opt('a', 'up to 500 USD', 500), opt('b', 'up to 2,000 USD', 2000), opt('c', 'up to 10,000 USD', 10000)],
    missing: (b) => b.constraints.budgetMonthlyUsd === undefined && b.constraints.budgetLevel === undefined,
    assume: () => ({ value: 'medium', path: 'constraints.budgetLevel', reason: 'No budget is stated; a medium budget is assumed.' }),
    parse: numberAnswer,
  },
  {
    id: 'constraints.hosting',
    path: 'constraints.hosting',
    question: 'Where will the system run?',
    why: 'Hosting decides managed services versus self-hosted components.',
    options: [opt('a', 'public cloud', 'cloud'), opt('b', 'own servers (on-premise)', 'on-premise'), opt('c', 'both (hybrid)', 'hybrid')],
    missing: (b) => b.constraints.hosting === undefined,
    assume: () => ({ value: 'cloud', reason: 'No hosting is stated; a public cloud is assumed.' }),
    parse: enumAnswer(['cloud', 'on-premise', 'hybrid']),
  },
];
