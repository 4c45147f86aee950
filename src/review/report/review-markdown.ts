import type { Finding } from '../review-types.js';
import type { ReviewResult } from '../review-repository.js';
import { REVIEW_RULES, type ReviewRuleId } from '../rules/rule-catalog.js';
import { techDebtTable } from './tech-debt-table.js';
import { compareText } from '../compare-text.js';

const PRIORITY = { error: '🔴', warning: '🟡', info: '🟢' } as const;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const cell = (s: string): string => s.replace(/\|/g, '\\|');

function strengths(result: ReviewResult): string[] {
  const { analysis, findings } = result;
  const fired = new Set(findings.map((f) => f.ruleId));
  const out: string[] = [];
  const layers = analysis.model.layers.map((l) => l.id);
  const crossing = analysis.graph.edges.filter((e) => analysis.layerOf[e.from] && analysis.layerOf[e.to] && analysis.layerOf[e.from] !== analysis.layerOf[e.to]).length;
  if (layers.length >= 2 && !fired.has('layer-direction')) out.push(`Layers flow one way: ${plural(crossing, 'import')} between ${layers.join(', ')}, none against the direction`);
  if (analysis.graph.modules.length > 1 && !fired.has('dependency-cycle')) out.push(`No dependency cycles among ${plural(analysis.graph.modules.length, 'module')}`);
  if (!fired.has('god-module') && analysis.graph.modules.length) out.push('No god modules: every module stays under the size and coupling limits');
  if (analysis.endpoints.length && !fired.has('route-data-access') && !fired.has('route-business-logic')) out.push(`Route handlers only validate and delegate (${plural(analysis.endpoints.length, 'endpoint')})`);
  if (analysis.endpoints.length && !fired.has('rest-verb-in-path') && !fired.has('rest-singular-collection') && !fired.has('rest-missing-version')) out.push('REST paths use plural nouns under a version prefix');
  if (analysis.endpoints.length && !fired.has('list-without-pagination')) out.push('List endpoints paginate');
  if (analysis.model.dataModel.tenancy !== 'none' && !fired.has('tenant-filter-missing')) out.push(`Every query on a tenant-owned table filters by tenant (${analysis.model.dataModel.tables.map((t) => t.name).join(', ')})`);
  if (!fired.has('async-blocking-call') && analysis.parsed.some((p) => p.language === 'python')) out.push('No blocking calls inside async functions');
  if (!fired.has('hardcoded-secret')) out.push('No hard-coded secrets found');
  if (analysis.scan.testFiles.length && !fired.has('layer-without-tests')) out.push(`Tests reach every layer (${plural(analysis.scan.testFiles.length, 'test file')})`);
  if (analysis.scan.infrastructure.some((i) => i.kind === 'ci')) out.push('Continuous integration is configured');
  return out;
}

function byRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) (groups.get(f.ruleId) ?? groups.set(f.ruleId, []).get(f.ruleId)!).push(f);
  const rank = { error: 0, warning: 1, info: 2 };
  return [...groups].sort((a, b) => rank[a[1][0]!.severity] - rank[b[1][0]!.severity] || b[1].length - a[1].length || compareText(a[0], b[0]));
}

const titleOf = (ruleId: string): string => (REVIEW_RULES as Record<string, { title: string }>)[ruleId as ReviewRuleId]?.title ?? ruleId;

/** `review.md`: seed 001's "Architecture Review" (Strengths, Concerns, Recommendations, Priority) plus seed 002's tech-debt table. */
export function reviewMarkdown(result: ReviewResult): string {
  const { analysis, findings, suppressions } = result;
  const model = analysis.model;
  const groups = byRule(findings);
  const out: string[] = [`## Architecture Review: ${model.system.name}`, '', `${model.system.summary}; ${plural(analysis.graph.modules.length, 'module')}, ${plural(analysis.graph.edges.length, 'local import')}, ${plural(analysis.endpoints.length, 'endpoint')}.`, ''];
  out.push('### Strengths', '', ...(strengths(result).map((s) => `✅ ${s}`).join('\n\n') || '✅ Nothing stands out yet').split('\n'), '');
  out.push('### Concerns', '');
  if (!groups.length) out.push('⚠️ None found by the rules Archway runs.', '');
  for (const [ruleId, list] of groups) {
    const first = list[0]!;
    out.push(`⚠️ **${titleOf(ruleId)}** (\`${ruleId}\`, ${plural(list.length, 'finding')}): ${first.message} — \`${first.file}:${first.line}\``, '');
  }
  out.push('### Recommendations', '');
  groups.forEach(([ruleId, list], i) => {
    out.push(`${i + 1}. ${PRIORITY[list[0]!.severity]} ${list[0]!.hint[0]!.toUpperCase()}${list[0]!.hint.slice(1)} (\`${ruleId}\`):`);
    for (const f of list.slice(0, 10)) out.push(`   - \`${f.file}:${f.line}\` ${f.message}`);
    if (list.length > 10) out.push(`   - … and ${list.length - 10} more in review.json`);
  });
  if (!groups.length) out.push('1. 🟢 Keep it this way: run `archway check` in CI so the layering stays enforced.');
  out.push('', '### Priority', '', '🔴 Critical | 🟡 Important | 🟢 Nice-to-have', '');
  out.push('## Technical Debt', '', techDebtTable(findings), '');
  out.push('## Recovered Architecture', '');
  out.push('| Area | Found |', '|------|-------|');
  out.push(`| Languages | ${analysis.scan.languages.map((l) => `${l.name} (${l.files})`).join(', ') || '—'} |`);
  out.push(`| Stack | ${analysis.scan.stack.filter((s) => s.kind !== 'tool').map((s) => `${s.name}${s.version ? ` ${s.version}` : ''}`).join(', ') || '—'} |`);
  out.push(`| Datastores | ${analysis.scan.datastores.map((d) => `${d.name} (${d.kind})`).join(', ') || '—'} |`);
  out.push(`| Infrastructure | ${[...new Set(analysis.scan.infrastructure.map((i) => i.kind))].join(', ') || '—'} |`);
  out.push(`| External systems | ${model.externalSystems.map((x) => x.name).join(', ') || '—'} |`);
  out.push(`| Layers | ${model.layers.map((l) => `${l.id} → ${l.mayDependOn.join(', ') || '—'}`).join('; ') || '—'} |`);
  out.push(`| Tests | ${plural(analysis.scan.testFiles.length, 'file')} |`, '');
  if (analysis.endpoints.length) {
    out.push('### Endpoints', '', '| Method | Path | Handler | Location |', '|--------|------|---------|----------|');
    for (const e of analysis.endpoints) out.push(`| ${e.method.toUpperCase()} | \`${cell(e.path)}\` | ${cell(e.handler)} | \`${e.file}:${e.line}\` |`);
    out.push('');
  }
  out.push('### Diagrams', '', '- Containers: [c4-containers.mmd](c4-containers.mmd)', '- Components: [c4-components.mmd](c4-components.mmd)', '- Structurizr workspace: [workspace.dsl](workspace.dsl)', '- Module dependencies: [dependencies.mmd](dependencies.mmd), [dependencies.dot](dependencies.dot)', '');
  out.push('## Accepted Findings', '');
  if (!suppressions.length) out.push('No inline suppressions.', '');
  else {
    out.push('| Rule | Location | Reason | ADR | Silenced |', '|------|----------|--------|-----|----------|');
    for (const s of suppressions) out.push(`| \`${s.ruleId}\` | \`${s.file}:${s.line}\` | ${cell(s.reason)} | ${s.adr ?? '—'} | ${s.matched} |`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
