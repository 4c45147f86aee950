import type { CapacityFigure, CapacityModel } from '../model/capacity.js';

/** The figure with this id, if the brief gave enough to compute it. */
export function findFigure(capacity: CapacityModel, id: string): CapacityFigure | undefined {
  return capacity.figures.find((f) => f.id === id);
}

/** The value of a figure, or `fallback` when it was not computed. */
export function figureValue(capacity: CapacityModel, id: string, fallback = 0): number {
  return findFigure(capacity, id)?.value ?? fallback;
}
