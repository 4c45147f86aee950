import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityModel } from '../model/capacity.js';

/** Sizes the system from the brief: every figure with its formula and inputs. */
export function capacityModel(_understood: UnderstoodBrief): CapacityModel {
  throw new Error('capacityModel: not implemented yet');
}
