import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { ApiModel, DataModel } from '../model/architecture.js';
import type { Decision } from '../model/decision.js';

/** Derives the data model (tables) and API endpoints from entities, requirements, drafts and decisions. */
export function composeContracts(
  _understood: UnderstoodBrief,
  _decisions: readonly Decision[],
): { dataModel: DataModel; api: ApiModel } {
  throw new Error('composeContracts: not implemented yet');
}
