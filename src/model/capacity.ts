/** One input of a capacity formula, with where it came from. */
export interface CapacityInput {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Brief path or another figure's id. */
  readonly ref: string;
  readonly assumed: boolean;
}

/** A sized figure with the formula that produced it, e.g. `events.avg-per-second = 15,000,000 / 86,400`. */
export interface CapacityFigure {
  readonly kind: 'capacity-figure';
  /** Stable id, e.g. `requests.peak-per-second`, `storage.total-retention`. */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** Human formula with the numbers substituted, e.g. `1,500 × 4 × 3 MB`. */
  readonly formula: string;
  readonly inputs: readonly CapacityInput[];
  /** True when any input was assumed rather than stated. */
  readonly assumed: boolean;
}

export interface CapacityModel {
  readonly figures: readonly CapacityFigure[];
}
