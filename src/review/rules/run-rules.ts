import { DEFAULT_LAYERS, type LayerConvention } from '../recover/assign-layers.js';
import type { Analysis, Finding } from '../review-types.js';
import { tenantFilterRule } from './data-rules.js';
import { layerTestsRule, secretRule, suppressionReasonRule } from './hygiene-rules.js';
import { paginationRule, restConventionRule } from './rest-rules.js';
import { blockingCallRule, routeDataAccessRule, routeLogicRule } from './route-rules.js';
import { DEFAULT_THRESHOLDS, type Rule, type RuleContext, type Thresholds } from './rule-context.js';
import type { ReviewRuleId } from './rule-catalog.js';
import { cycleRule, godModuleRule, layerDirectionRule, orphanRule } from './structure-rules.js';
import { compareText } from '../compare-text.js';

export interface RuleOptions {
  readonly thresholds?: Partial<Thresholds>;
  readonly conventions?: readonly LayerConvention[];
}

/** Every review rule with the rule ids of the findings it reports. */
const RULES: readonly { readonly ids: readonly ReviewRuleId[]; readonly rule: Rule }[] = [
  { ids: ['layer-direction'], rule: layerDirectionRule },
  { ids: ['dependency-cycle'], rule: cycleRule },
  { ids: ['god-module'], rule: godModuleRule },
  { ids: ['orphan-module'], rule: orphanRule },
  { ids: ['route-data-access'], rule: routeDataAccessRule },
  { ids: ['route-business-logic'], rule: routeLogicRule },
  { ids: ['async-blocking-call'], rule: blockingCallRule },
  { ids: ['rest-verb-in-path', 'rest-singular-collection', 'rest-missing-version'], rule: restConventionRule },
  { ids: ['list-without-pagination'], rule: paginationRule },
  { ids: ['hardcoded-secret'], rule: secretRule },
  { ids: ['layer-without-tests'], rule: layerTestsRule },
  { ids: ['suppression-without-reason'], rule: suppressionReasonRule },
];

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

export function ruleContext(analysis: Analysis, options: RuleOptions = {}): RuleContext {
  return {
    scan: analysis.scan,
    parsed: analysis.parsed,
    graph: analysis.graph,
    layerOf: analysis.layerOf,
    conventions: options.conventions ?? DEFAULT_LAYERS,
    endpoints: analysis.endpoints,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
  };
}

/**
 * Runs the review rules over an analysed repository (only those reporting the rule ids in `only`,
 * when given); findings sorted by file, line and rule.
 */
export function runReviewRules(analysis: Analysis, options: RuleOptions = {}, only?: ReadonlySet<string>): Finding[] {
  const ctx = ruleContext(analysis, options);
  const wanted = (ids: readonly string[]): boolean => !only || ids.some((id) => only.has(id));
  const findings = RULES.filter((r) => wanted(r.ids)).flatMap((r) => r.rule(ctx));
  if (wanted(['tenant-filter-missing'])) findings.push(...tenantFilterRule({ ...ctx, tenantTables: new Set(analysis.tenantTables) }));
  return (only ? findings.filter((f) => only.has(f.ruleId)) : findings).sort(compareFindings);
}
