import type { Brief } from '../brief/brief-schema.js';
import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Catalog, Technology } from '../catalog/catalog.js';
import type { CapacityModel } from '../model/capacity.js';
import type { Decision, DecisionArea } from '../model/decision.js';

/** What a rule sees: the brief, the capacity figures, the catalog and the decisions made before it. */
export interface RuleContext {
  readonly understood: UnderstoodBrief;
  readonly brief: Brief;
  readonly capacity: CapacityModel;
  readonly catalog: Catalog;
  readonly earlier: ReadonlyMap<DecisionArea, Decision>;
  /** Technologies the brief pins for this rule's area (resolved through the catalog), empty when none. */
  readonly pinned: readonly Technology[];
}

/** A decision rule: a pure function of its context. */
export type Rule = (ctx: RuleContext) => Decision;
