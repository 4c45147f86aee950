import type { LayerConvention } from '../recover/assign-layers.js';
import type { Finding, ModuleGraph, ParsedFile, RecoveredEndpoint, ScanResult } from '../review-types.js';

export interface Thresholds {
  /** Lines above which a module is a god module. */
  readonly maxLines: number;
  readonly maxFanIn: number;
  readonly maxFanOut: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { maxLines: 600, maxFanIn: 25, maxFanOut: 20 };

/** Everything a rule may read. Rules are pure functions of it. */
export interface RuleContext {
  readonly scan: ScanResult;
  readonly parsed: readonly ParsedFile[];
  readonly graph: ModuleGraph;
  readonly layerOf: Readonly<Record<string, string>>;
  readonly conventions: readonly LayerConvention[];
  readonly endpoints: readonly RecoveredEndpoint[];
  readonly thresholds: Thresholds;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** The files that have any of one kind of fact (most have none), in file order. */
export function withAny(ctx: Pick<RuleContext, 'parsed'>, facts: 'secrets' | 'badSuppressions' | 'blockingCalls' | 'tenantTables'): ParsedFile[] {
  const out: ParsedFile[] = [];
  for (let i = 0; i < ctx.parsed.length; i++) if (ctx.parsed[i]![facts].length) out.push(ctx.parsed[i]!);
  return out;
}
