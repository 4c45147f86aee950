import type { Brief } from '../../brief/brief-schema.js';
import { figureValue } from '../../capacity/find-figure.js';
import type { CapacityModel } from '../../model/capacity.js';
import type { Decision, DecisionArea } from '../../model/decision.js';
import { readReplicaCount } from '../scaling-thresholds.js';

/** What the deployment options must host, read from capacity figures and earlier decisions. */
export interface DeploymentInputs {
  readonly apiInstances: number;
  readonly worker: boolean;
  readonly web: boolean;
  readonly cache: boolean;
  readonly separateVectorStore: boolean;
  readonly broker: 'kafka' | 'rabbitmq' | undefined;
  readonly search: boolean;
  readonly analyticsStore: boolean;
  /** First-year file storage, TB. */
  readonly fileTb: number;
  /** Database size now (or after the horizon when only that is known), TB. */
  readonly databaseTb: number;
  readonly readReplicas: number;
  readonly largeDatabase: boolean;
  readonly kubernetes: boolean;
  readonly availability: number;
  readonly budgetUsd: number | undefined;
  readonly onPremise: boolean;
}

/** Monthly budget implied by a budget level when no amount is stated. */
const BUDGET_LEVEL_USD = { small: 500, medium: 3000 } as const;

export function deploymentInputs(brief: Brief, capacity: CapacityModel, decisions: readonly Decision[]): DeploymentInputs {
  const d = (area: DecisionArea): Decision | undefined => decisions.find((x) => x.area === area && x.status !== 'not-applicable');
  const uses = (id: string): boolean => decisions.some((x) => x.status !== 'not-applicable' && x.technologies.includes(id));
  const perYear = capacity.figures.filter((f) => /^storage\.(?!files|database|total).+\.per-year$/.test(f.id)).reduce((s, f) => s + f.value, 0);
  const dbGb = figureValue(capacity, 'storage.database.current') || figureValue(capacity, 'storage.database.after-horizon');
  const messaging = d('messaging');
  const level = brief.constraints.budgetLevel;
  return {
    apiInstances: Math.max(1, figureValue(capacity, 'instances.api', 1)),
    worker: d('background-jobs') !== undefined,
    web: d('web-frontend') !== undefined,
    cache: uses('redis'),
    separateVectorStore: ['qdrant', 'pinecone', 'weaviate'].some((id) => d('vector-store')?.technologies.includes(id) ?? false),
    broker: messaging?.technologies.includes('kafka') ? 'kafka' : messaging?.technologies.includes('rabbitmq') ? 'rabbitmq' : undefined,
    search: ['opensearch', 'elasticsearch'].some((id) => d('search')?.technologies.includes(id) ?? false),
    analyticsStore: (d('analytics')?.technologies.length ?? 0) > 0,
    fileTb: perYear,
    databaseTb: dbGb / 1000,
    readReplicas: readReplicaCount(capacity),
    largeDatabase: figureValue(capacity, 'requests.peak-per-second') >= 1000 || dbGb >= 500,
    kubernetes: uses('kubernetes') || brief.decisions.some((x) => x.area === 'deployment' && [x.choice, ...x.technologies].some((t) => /kubernetes|k8s/i.test(t))),
    availability: brief.quality.availability ?? 99,
    budgetUsd: brief.constraints.budgetMonthlyUsd ?? (level && level !== 'large' ? BUDGET_LEVEL_USD[level] : undefined),
    onPremise: brief.constraints.hosting === 'on-premise',
  };
}
