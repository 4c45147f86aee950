import { cyclicComponents, shortestCycle } from '../graph/find-cycles.js';
import { globToRegExp } from '../recover/glob.js';
import type { Analysis, Edge, Finding, FindingSeverity } from '../review-types.js';
import { fingerprintOf } from '../rules/rule-catalog.js';
import type { CheckRule } from './check-config.js';

type Selector = { readonly path?: readonly string[]; readonly layer?: readonly string[] };

function matcher(analysis: Analysis, sel: Selector): (module: string) => boolean {
  const res = (sel.path ?? []).map(globToRegExp);
  const layers = new Set(sel.layer ?? []);
  return (m) => (res.length === 0 || res.some((r) => r.test(m))) && (layers.size === 0 || layers.has(analysis.layerOf[m] ?? ''));
}

const at = (e: Edge) => ({ file: e.from, line: e.line });

function violation(rule: CheckRule, where: { file: string; line: number }, message: string, evidence: string, related?: Finding['related']): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: rule.id,
    severity: rule.severity as FindingSeverity,
    message: `${message} — ${rule.comment}`,
    file: where.file,
    line: where.line,
    hint: rule.comment,
    fingerprint: fingerprintOf(rule.id, where.file, evidence),
  };
  // Added, not spread: thousands of violations are built by code that runs once, mostly interpreted.
  if (related) out.related = related;
  if (rule.adr) out.adr = rule.adr;
  return out;
}

const edgesFor = (analysis: Analysis, rule: { typeOnly?: 'count' | 'ignore' }): readonly Edge[] =>
  rule.typeOnly === 'count' ? analysis.graph.edges : analysis.graph.edges.filter((e) => !e.typeOnly);

/** Evaluates the structural rules of a check config (layers, forbidden, allowed, no-cycles, max-size). */
export function evaluateCheckRules(analysis: Analysis, rules: readonly CheckRule[]): Finding[] {
  const out: Finding[] = [];
  const allowedRules = rules.filter((r): r is Extract<CheckRule, { kind: 'allowed' }> => r.kind === 'allowed' && r.severity !== 'off');
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    if (rule.kind === 'layers') {
      const edges = edgesFor(analysis, rule);
      for (let i = 0; i < edges.length; i++) {
        const e = edges[i]!;
        const from = analysis.layerOf[e.from];
        const to = analysis.layerOf[e.to];
        const allow = from ? rule.allow[from] : undefined;
        if (!from || !to || from === to || !allow || allow.includes(to)) continue;
        out.push(violation(rule, at(e), `${e.from} (${from}) imports ${e.to} (${to})`, `${e.from}>${e.to}`));
      }
    } else if (rule.kind === 'forbidden') {
      const from = matcher(analysis, rule.from);
      const to = matcher(analysis, rule.to);
      for (const e of edgesFor(analysis, rule)) if (from(e.from) && to(e.to)) out.push(violation(rule, at(e), `${e.from} imports ${e.to}`, `${e.from}>${e.to}`));
    } else if (rule.kind === 'no-cycles') {
      const components = cyclicComponents(analysis.graph, rule.typeOnly === 'count');
      if (components.length === 0) continue;
      const edges = edgesFor(analysis, rule);
      const byPair = new Map(edges.map((e) => [`${e.from}>${e.to}`, e]));
      for (const component of components) {
        const cycle = shortestCycle(component, edges);
        const steps = cycle.map((m, i) => byPair.get(`${m}>${cycle[(i + 1) % cycle.length]}`)!);
        out.push(violation(rule, at(steps[0]!), `dependency cycle ${[...cycle, cycle[0]].join(' → ')}`, component.join('|'), steps.slice(1).map((s) => ({ file: s.from, line: s.line, message: `imports ${s.to}` }))));
      }
    } else if (rule.kind === 'max-size') {
      const fanIn = new Map<string, number>();
      const fanOut = new Map<string, number>();
      for (const e of analysis.graph.edges) {
        fanIn.set(e.to, (fanIn.get(e.to) ?? 0) + 1);
        fanOut.set(e.from, (fanOut.get(e.from) ?? 0) + 1);
      }
      for (const p of analysis.parsed) {
        const over = [
          rule.maxLines && p.lines > rule.maxLines ? `${p.lines} lines > ${rule.maxLines}` : '',
          rule.maxFanIn && (fanIn.get(p.path) ?? 0) > rule.maxFanIn ? `fan-in ${fanIn.get(p.path)} > ${rule.maxFanIn}` : '',
          rule.maxFanOut && (fanOut.get(p.path) ?? 0) > rule.maxFanOut ? `fan-out ${fanOut.get(p.path)} > ${rule.maxFanOut}` : '',
        ].filter(Boolean);
        if (over.length) out.push(violation(rule, { file: p.path, line: 1 }, `${p.path}: ${over.join(', ')}`, over.map((o) => o.split(' ')[0]).join(',')));
      }
    }
  }
  if (allowedRules.length) {
    const scoped = allowedRules.map((r) => ({ rule: r, from: matcher(analysis, r.from), to: matcher(analysis, r.to) }));
    for (const e of analysis.graph.edges) {
      const inScope = scoped.filter((s) => s.from(e.from) && (s.rule.typeOnly === 'count' || !e.typeOnly));
      if (inScope.length && !inScope.some((s) => s.to(e.to))) out.push(violation(inScope[0]!.rule, at(e), `${e.from} imports ${e.to}, which no allowed rule permits`, `${e.from}>${e.to}`));
    }
  }
  return out;
}
