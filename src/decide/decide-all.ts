import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CapacityModel } from '../model/capacity.js';
import { DECISION_AREAS, type Decision, type DecisionArea } from '../model/decision.js';
import { applyPin, resolvePin } from './apply-pin.js';
import type { RuleContext } from './rule-context.js';
import { RULES } from './rules/rule-registry.js';

/**
 * Runs one rule per decision area, in `DECISION_AREAS` order, each seeing the decisions before it.
 * Pinned decisions (`brief.decisions`) are honoured and recorded as `given`.
 */
export function decideAll(understood: UnderstoodBrief, capacity: CapacityModel, catalog: Catalog): Decision[] {
  const earlier = new Map<DecisionArea, Decision>();
  for (const area of DECISION_AREAS) {
    const pin = understood.brief.decisions.find((d) => d.area === area);
    const ctx: RuleContext = {
      understood,
      brief: understood.brief,
      capacity,
      catalog,
      earlier,
      pinned: pin ? resolvePin(catalog, pin) : [],
    };
    const derived = RULES[area](ctx);
    earlier.set(area, pin ? applyPin(ctx, pin, derived) : derived);
  }
  return DECISION_AREAS.map((area) => earlier.get(area)!);
}
