import { DEFAULT_LAYERS, type LayerConvention } from '../recover/assign-layers.js';
import type { Analysis, Finding } from '../review-types.js';
import { tenantFilterRule } from './data-rules.js';
import { layerTestsRule, secretRule, suppressionReasonRule } from './hygiene-rules.js';
import { paginationRule, restConventionRule } from './rest-rules.js';
import { blockingCallRule, routeDataAccessRule, routeLogicRule } from './route-rules.js';
import { DEFAULT_THRESHOLDS, type Rule, type RuleContext, type Thresholds } from './rule-context.js';
import { cycleRule, godModuleRule, layerDirectionRule, orphanRule } from './structure-rules.js';

export interface RuleOptions {
  readonly thresholds?: Partial<Thresholds>;
  readonly conventions?: readonly LayerConvention[];
}

const RULES: readonly Rule[] = [
  layerDirectionRule, cycleRule, godModuleRule, orphanRule, routeDataAccessRule, routeLogicRule, blockingCallRule,
  restConventionRule, paginationRule, secretRule, layerTestsRule, suppressionReasonRule,
];

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

export function ruleContext(analysis: Analysis, options: RuleOptions = {}): RuleContext {
  return {
    scan: analysis.scan,
    parsed: analysis.parsed,
    byPath: new Map(analysis.parsed.map((p) => [p.path, p])),
    graph: analysis.graph,
    layerOf: analysis.layerOf,
    conventions: options.conventions ?? DEFAULT_LAYERS,
    endpoints: analysis.endpoints,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
  };
}

/** Runs every review rule over an analysed repository; findings sorted by file, line and rule. */
export function runReviewRules(analysis: Analysis, options: RuleOptions = {}): Finding[] {
  const ctx = ruleContext(analysis, options);
  const tenantTables = new Set(analysis.tenantTables);
  return [...RULES.flatMap((rule) => rule(ctx)), ...tenantFilterRule({ ...ctx, tenantTables })].sort(compareFindings);
}
