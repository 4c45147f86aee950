import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ArchitectureModel } from '../model/architecture.js';
import type { CapacityModel } from '../model/capacity.js';
import type { Decision } from '../model/decision.js';

export interface ComposeInput {
  readonly understood: UnderstoodBrief;
  readonly capacity: CapacityModel;
  readonly decisions: readonly Decision[];
  readonly catalog: Catalog;
}

/** Builds the architecture model (C4 elements, deployment, data model, API, plan) from the decisions. */
export function composeModel(_input: ComposeInput): ArchitectureModel {
  throw new Error('composeModel: not implemented yet');
}
