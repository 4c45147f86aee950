import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CapacityModel } from '../model/capacity.js';
import type { Decision } from '../model/decision.js';

/** Runs one rule per decision area, in `DECISION_AREAS` order, each seeing the decisions before it. */
export function decideAll(_understood: UnderstoodBrief, _capacity: CapacityModel, _catalog: Catalog): Decision[] {
  throw new Error('decideAll: not implemented yet');
}
