import type { Finding } from '../review-types.js';
import { REVIEW_RULES, type ReviewRuleId, type RuleSpec } from '../rules/rule-catalog.js';
import { compareText } from '../compare-text.js';

export interface DebtItem {
  readonly ruleId: string;
  readonly item: string;
  readonly severity: 'High' | 'Medium' | 'Low';
  readonly effort: string;
  readonly impact: RuleSpec['impact'];
  readonly count: number;
}

const SEVERITY = { error: 'High', warning: 'Medium', info: 'Low' } as const;
const RANK = { High: 0, Medium: 1, Low: 2 } as const;

/** Effort in the words a team plans with: hours under a day, then days, then weeks (5-day weeks). */
export function effortOf(hours: number): string {
  if (hours <= 4) return hours <= 1 ? '1 hour' : `${Math.ceil(hours)} hours`;
  const days = Math.ceil(hours / 8);
  if (days < 5) return days === 1 ? '1 day' : `${days} days`;
  const weeks = Math.ceil(days / 5);
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}

/** One debt item per rule that fired, most severe first (seed 002's Item | Severity | Effort | Impact). */
export function techDebtItems(findings: readonly Finding[]): DebtItem[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) (groups.get(f.ruleId) ?? groups.set(f.ruleId, []).get(f.ruleId)!).push(f);
  return [...groups].map(([ruleId, list]): DebtItem => {
    const spec: RuleSpec | undefined = REVIEW_RULES[ruleId as ReviewRuleId];
    const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    return {
      ruleId,
      item: `${spec?.title ?? ruleId} (${list.length})`,
      severity: SEVERITY[worst],
      effort: effortOf((spec?.hoursEach ?? 2) * list.length),
      impact: spec?.impact ?? 'Maintainability',
      count: list.length,
    };
  }).sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || compareText(a.ruleId, b.ruleId));
}

export function techDebtTable(findings: readonly Finding[]): string {
  const rows = techDebtItems(findings).map((d) => `| ${d.item} | ${d.severity} | ${d.effort} | ${d.impact} |`);
  return ['| Item | Severity | Effort | Impact |', '|------|----------|--------|--------|', ...(rows.length ? rows : ['| None found | Low | — | — |'])].join('\n');
}
