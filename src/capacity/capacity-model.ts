import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityFigure, CapacityModel } from '../model/capacity.js';
import { connectionFigures } from './connection-figures.js';
import { storageFigures } from './storage-figures.js';
import { trafficFigures } from './traffic-figures.js';
import { userFigures } from './user-figures.js';

/**
 * Sizes the system from the brief: every figure with its formula and inputs, e.g.
 * `events.avg-per-second = 15,000,000 / 86,400 = 173.61 events/s`. Pure; decimal units (1 GB = 10^9 bytes).
 */
export function capacityModel(understood: UnderstoodBrief): CapacityModel {
  const known = new Map<string, CapacityFigure>();
  const add = (figures: readonly CapacityFigure[]): void => {
    for (const f of figures) known.set(f.id, f);
  };
  add(userFigures(understood));
  add(trafficFigures(understood, known));
  add(storageFigures(understood));
  add(connectionFigures(understood, known));
  return { figures: [...known.values()] };
}
