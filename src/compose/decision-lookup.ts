import type { Catalog, Technology } from '../catalog/catalog.js';
import type { Decision, DecisionArea } from '../model/decision.js';

/** Read-only access to the decisions the compose stage builds on. */
export interface Decisions {
  readonly all: readonly Decision[];
  /** The decision of an area when it applies (status other than `not-applicable`). */
  get(area: DecisionArea): Decision | undefined;
  has(area: DecisionArea): boolean;
  /** Id of the chosen option, e.g. `modular-monolith`. */
  chosen(area: DecisionArea): string | undefined;
  /** The catalog entries of an applicable decision's technologies (unknown ids skipped). */
  techs(area: DecisionArea): Technology[];
  /** Ids of the applicable decisions among `areas`, in the given order. */
  ids(...areas: DecisionArea[]): DecisionArea[];
}

export function decisionLookup(decisions: readonly Decision[], catalog: Catalog): Decisions {
  const byArea = new Map<DecisionArea, Decision>();
  for (const d of decisions) if (d.status !== 'not-applicable') byArea.set(d.area, d);
  const tech = (id: string) => catalog.lookup(id);
  return {
    all: decisions,
    get: (area) => byArea.get(area),
    has: (area) => byArea.has(area),
    chosen: (area) => byArea.get(area)?.options.find((o) => o.chosen)?.id,
    techs: (area) => (byArea.get(area)?.technologies ?? []).map(tech).filter((t): t is Technology => t !== undefined),
    ids: (...areas) => areas.filter((a) => byArea.has(a)),
  };
}
