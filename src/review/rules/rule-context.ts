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

type SparseFact = 'secrets' | 'badSuppressions' | 'blockingCalls' | 'tenantTables';

/** Per list of parsed files, the files with any of each sparse kind of fact: one pass serves every rule. */
const sparse = new WeakMap<readonly ParsedFile[], Readonly<Record<SparseFact, readonly ParsedFile[]>>>();

/** The files that have any of one kind of fact (most have none), in file order. */
export function withAny(ctx: Pick<RuleContext, 'parsed'>, facts: SparseFact): readonly ParsedFile[] {
  let found = sparse.get(ctx.parsed);
  if (!found) {
    const secrets: ParsedFile[] = [];
    const badSuppressions: ParsedFile[] = [];
    const blockingCalls: ParsedFile[] = [];
    const tenantTables: ParsedFile[] = [];
    for (let i = 0; i < ctx.parsed.length; i++) {
      const file = ctx.parsed[i]!;
      if (file.secrets.length) secrets.push(file);
      if (file.badSuppressions.length) badSuppressions.push(file);
      if (file.blockingCalls.length) blockingCalls.push(file);
      if (file.tenantTables.length) tenantTables.push(file);
    }
    found = { secrets, badSuppressions, blockingCalls, tenantTables };
    sparse.set(ctx.parsed, found);
  }
  return found[facts];
}
