import type { SourceRef } from './source.js';

/** Every area the decision engine decides, in the order decisions are made and ADRs numbered. */
export const DECISION_AREAS = [
  'architecture-style',
  'backend-language',
  'backend-framework',
  'web-frontend',
  'mobile-frontend',
  'desktop-frontend',
  'primary-database',
  'cache',
  'messaging',
  'background-jobs',
  'search',
  'vector-store',
  'object-storage',
  'edge-and-traffic',
  'analytics',
  'integration-style',
  'authentication',
  'authorization',
  'multi-tenancy',
  'api-style',
  'realtime',
  'ai-integration',
  'observability',
  'resilience',
  'deployment',
  'ci-cd',
  'backup-and-dr',
  'security-controls',
  'data-retention-and-compliance',
  'scalability',
] as const;

export type DecisionArea = (typeof DECISION_AREAS)[number];

export type DecisionStatus = 'accepted' | 'given' | 'not-applicable';

/** Why a decision went the way it did: a brief fact, a requirement, an earlier decision or an assumption. */
export interface Driver {
  readonly kind: 'fact' | 'requirement' | 'decision' | 'assumption' | 'capacity';
  /** Brief path (`scale.concurrentUsers`), requirement id (`FR-4`), decision id or capacity figure id. */
  readonly ref: string;
  /** Human sentence: what the fact says and why it matters here. */
  readonly text: string;
  readonly source?: SourceRef;
}

export interface DecisionOption {
  /** Catalog id when the option is a technology (`postgresql`), otherwise a slug (`modular-monolith`). */
  readonly id: string;
  readonly name: string;
  readonly pros: readonly string[];
  readonly cons: readonly string[];
  readonly chosen: boolean;
}

export interface Risk {
  readonly risk: string;
  readonly mitigation: string;
}

/**
 * One architecture decision. Pure data: the ADR, the architecture narrative and the
 * traceability table are all rendered from it.
 */
export interface Decision {
  readonly kind: 'decision';
  /** Equal to the area; one decision per area. */
  readonly id: DecisionArea;
  readonly area: DecisionArea;
  readonly title: string;
  readonly status: DecisionStatus;
  /** The choice in a few words, e.g. `Modular monolith` or `PostgreSQL 16 with row-level security`. */
  readonly choice: string;
  /** Catalog ids of the technologies the choice brings in, in a stable order. */
  readonly technologies: readonly string[];
  readonly context: string;
  readonly options: readonly DecisionOption[];
  readonly drivers: readonly Driver[];
  readonly rationale: string;
  readonly consequences: {
    readonly positive: readonly string[];
    readonly negative: readonly string[];
    readonly risks: readonly Risk[];
  };
  /** Requirement ids this decision serves (traceability). */
  readonly requirementIds: readonly string[];
  /** Extra structured detail an area wants renderers to show (e.g. cache TTLs, backup schedule). */
  readonly details: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** When `status` is `not-applicable`: why. */
  readonly notApplicableReason?: string;
  /** How conformance is checked (`archway check` rules that enforce this decision). */
  readonly confirmation: readonly string[];
  /** Set by compose for decisions that get an ADR (every status but `not-applicable`), numbered in area order. */
  readonly adr?: { readonly number: number; readonly slug: string; readonly file: string };
}
