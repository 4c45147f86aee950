import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityFigure, CapacityInput } from '../model/capacity.js';

/** `15000000` → `15,000,000`; fractions keep up to two significant decimals: `173.61`. */
export function fmt(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value * 100) / 100 : Number(value.toPrecision(4));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** True when the brief stage marked the value at `path` as assumed rather than stated. */
export function assumedAt(understood: UnderstoodBrief, path: string): boolean {
  return understood.provenance[path]?.kind === 'assumed';
}

export function input(name: string, value: number, unit: string, ref: string, assumed: boolean): CapacityInput {
  return { name, value, unit, ref, assumed };
}

/** An input taken from the brief at `path`. */
export function briefInput(understood: UnderstoodBrief, name: string, value: number, unit: string, path: string): CapacityInput {
  return input(name, value, unit, path, assumedAt(understood, path));
}

/** An input taken from an assumption constant. */
export function assumption(name: string, value: number, unit: string): CapacityInput {
  return input(name, value, unit, `assumption.${name}`, true);
}

/** An input taken from an earlier figure. */
export function fromFigure(f: CapacityFigure, name: string = f.label): CapacityInput {
  return input(name, f.value, f.unit, f.id, f.assumed);
}

export function figure(
  id: string,
  label: string,
  value: number,
  unit: string,
  formula: string,
  inputs: readonly CapacityInput[],
): CapacityFigure {
  return { kind: 'capacity-figure', id, label, value, unit, formula, inputs, assumed: inputs.some((i) => i.assumed) };
}

/** Figures computed so far, by id; later families read earlier ones. */
export type FigureMap = ReadonlyMap<string, CapacityFigure>;
