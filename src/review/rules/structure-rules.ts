import { cyclicComponents, shortestCycle } from '../graph/find-cycles.js';
import type { Edge, Finding, ModuleGraph } from '../review-types.js';
import { isTestFile } from '../scan/scan-repository.js';
import { finding } from './rule-catalog.js';
import type { RuleContext } from './rule-context.js';

/** Edges from a layer to one it may not depend on (type-only imports do not count). */
export function layerDirectionRule(ctx: RuleContext): Finding[] {
  const allowed = new Map(ctx.conventions.map((c) => [c.id, new Set(c.mayDependOn)]));
  /** What each layer may depend on, as the message says it. */
  const mayOf = new Map(ctx.conventions.map((c) => [c.id, [...new Set(c.mayDependOn)].join(', ') || 'nothing']));
  const out: Finding[] = [];
  const edges = ctx.graph.edges;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const from = ctx.layerOf[e.from];
    const to = ctx.layerOf[e.to];
    if (!from || !to || from === to || e.typeOnly) continue;
    if (allowed.get(from)?.has(to) ?? true) continue;
    const may = mayOf.get(from) ?? 'nothing';
    out.push(finding('layer-direction', { file: e.from, line: e.line }, `${from} module imports ${to} module ${e.to}; ${from} may depend only on ${may}`, `${e.from}>${e.to}`));
  }
  return out;
}

/** One finding per strongly connected component, showing its shortest cycle. */
export function cycleRule(ctx: RuleContext): Finding[] {
  const components = cyclicComponents(ctx.graph, false);
  if (components.length === 0) return [];
  const runtime = ctx.graph.edges.filter((e) => !e.typeOnly);
  const edgeOf = new Map<string, Edge>(runtime.map((e) => [`${e.from}>${e.to}`, e]));
  const byFrom = new Map<string, Edge[]>();
  for (const e of runtime) (byFrom.get(e.from) ?? byFrom.set(e.from, []).get(e.from)!).push(e);
  return components.map((component) => {
    const cycle = shortestCycle(component, component.flatMap((m) => byFrom.get(m) ?? []));
    const steps = cycle.map((m, i) => edgeOf.get(`${m}>${cycle[(i + 1) % cycle.length]}`)!);
    const text = [...cycle, cycle[0]].join(' → ');
    const more = component.length > cycle.length ? ` (${component.length} modules are entangled in total)` : '';
    return finding('dependency-cycle', { file: steps[0]!.from, line: steps[0]!.line }, `dependency cycle: ${text}${more}`, [...component].join('|'), {
      related: steps.slice(1).map((s) => ({ file: s.from, line: s.line, message: `imports ${s.to}` })),
    });
  });
}

const fans = new WeakMap<ModuleGraph, { readonly fanIn: ReadonlyMap<string, number>; readonly fanOut: ReadonlyMap<string, number> }>();

/** How many edges end at and start from each module (once per graph; the review and check rules both ask). */
export function fanCounts(graph: ModuleGraph): { readonly fanIn: ReadonlyMap<string, number>; readonly fanOut: ReadonlyMap<string, number> } {
  let counts = fans.get(graph);
  if (!counts) {
    const fanIn = new Map<string, number>();
    const fanOut = new Map<string, number>();
    const edges = graph.edges;
    // Edges are sorted by source: a module's outgoing edges are one run.
    for (let i = 0, run = 0; i < edges.length; i++) {
      const e = edges[i]!;
      fanIn.set(e.to, (fanIn.get(e.to) ?? 0) + 1);
      run += 1;
      if (i + 1 === edges.length || edges[i + 1]!.from !== e.from) {
        fanOut.set(e.from, (fanOut.get(e.from) ?? 0) + run);
        run = 0;
      }
    }
    counts = { fanIn, fanOut };
    fans.set(graph, counts);
  }
  return counts;
}

export function godModuleRule(ctx: RuleContext): Finding[] {
  const { fanIn, fanOut } = fanCounts(ctx.graph);
  const { maxLines, maxFanIn, maxFanOut } = ctx.thresholds;
  // Modules are scanned files: the scan has told which are tests.
  const testFiles = new Set(ctx.scan.testFiles);
  const out: Finding[] = [];
  for (let i = 0; i < ctx.parsed.length; i++) {
    const file = ctx.parsed[i]!;
    if (testFiles.has(file.path)) continue;
    if (file.lines <= maxLines && (fanIn.get(file.path) ?? 0) <= maxFanIn && (fanOut.get(file.path) ?? 0) <= maxFanOut) continue;
    const reasons: string[] = [];
    if (file.lines > maxLines) reasons.push(`${file.lines} lines (limit ${maxLines})`);
    if ((fanIn.get(file.path) ?? 0) > maxFanIn) reasons.push(`imported by ${fanIn.get(file.path)} modules (limit ${maxFanIn})`);
    if ((fanOut.get(file.path) ?? 0) > maxFanOut) reasons.push(`imports ${fanOut.get(file.path)} modules (limit ${maxFanOut})`);
    if (reasons.length) out.push(finding('god-module', { file: file.path, line: 1 }, `god module: ${reasons.join(', ')}`, reasons.map((r) => r.split(' ')[1]).join(',')));
  }
  return out;
}

const ENTRY = /(^|\/)(index|main|app|server|cli|__main__|__init__|manage|wsgi|asgi|setup|conftest|cli|bin|worker|handler|lambda|[\w.-]+\.config|vite\.config|vitest\.config|jest\.config|eslint\.config)\.[^/]+$/;

/** Modules with no edges in or out, other than tests, entry points and configuration files. */
export function orphanRule(ctx: RuleContext): Finding[] {
  const connected = new Set<string>();
  const edges = ctx.graph.edges;
  for (let i = 0; i < edges.length; i++) {
    connected.add(edges[i]!.from);
    connected.add(edges[i]!.to);
  }
  return ctx.graph.modules
    .filter((m) => !connected.has(m) && !isTestFile(m) && !ENTRY.test(m) && !/(^|\/)(scripts|migrations|alembic|bench|examples?|docs)\//.test(m))
    .map((m) => finding('orphan-module', { file: m, line: 1 }, `orphan module: ${m} imports no local module and no module imports it`, m));
}
