import type { Edge, ModuleGraph } from '../review-types.js';

/** Strongly connected components with more than one module (Tarjan's algorithm, iterative), each sorted. */
export function stronglyConnected(modules: readonly string[], edges: readonly Edge[]): string[][] {
  // Modules as numbers and successors as one flat array (in edge order): no string-keyed maps in the walk.
  const n = modules.length;
  const id = new Map<string, number>();
  modules.forEach((m, i) => id.set(m, i));
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const start = new Int32Array(n + 1);
  let kept = 0;
  for (const e of edges) {
    const f = id.get(e.from);
    const t = id.get(e.to);
    if (f === undefined || t === undefined) continue;
    from[kept] = f;
    to[kept++] = t;
    start[f + 1]! += 1;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const succ = new Int32Array(kept);
  const fill = start.slice(0, n);
  for (let k = 0; k < kept; k++) succ[fill[from[k]!]!++] = to[k]!;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const work: number[] = [];
  const next = new Int32Array(n);
  const components: string[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    next[root] = start[root]!;
    work.push(root);
    while (work.length) {
      const node = work[work.length - 1]!;
      if (next[node]! < start[node + 1]!) {
        const w = succ[next[node]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          next[w] = start[w]!;
          work.push(w);
        } else if (onStack[w]) {
          low[node] = Math.min(low[node]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] === index[node]) {
        const component: string[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(modules[w]!);
        } while (w !== node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const cyclesMemo = new WeakMap<ModuleGraph, Map<boolean, readonly (readonly string[])[]>>();

/** Gives the graph the components an earlier run found for an identical graph (see graph-cache.ts). */
export function knownCyclicComponents(graph: ModuleGraph, countTypeOnly: boolean, components: readonly (readonly string[])[]): void {
  let byMode = cyclesMemo.get(graph);
  if (!byMode) cyclesMemo.set(graph, (byMode = new Map()));
  byMode.set(countTypeOnly, components);
}

/**
 * The graph's strongly connected components (see `stronglyConnected`) over all edges or only those
 * that are not type-only; computed once per graph for the review rules and the check rules alike.
 */
export function cyclicComponents(graph: ModuleGraph, countTypeOnly: boolean): readonly (readonly string[])[] {
  let byMode = cyclesMemo.get(graph);
  if (!byMode) cyclesMemo.set(graph, (byMode = new Map()));
  let components = byMode.get(countTypeOnly);
  if (!components) {
    components = stronglyConnected(graph.modules, countTypeOnly ? graph.edges : graph.edges.filter((e) => !e.typeOnly));
    byMode.set(countTypeOnly, components);
  }
  return components;
}

/** The shortest cycle inside a component (breadth-first from each member), ties broken by path text. */
export function shortestCycle(component: readonly string[], edges: readonly Edge[]): string[] {
  const members = new Set(component);
  const out = new Map<string, string[]>();
  for (const e of edges) if (members.has(e.from) && members.has(e.to)) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  for (const list of out.values()) list.sort();
  let best: string[] | undefined;
  for (const start of component) {
    const prev = new Map<string, string>();
    const queue = [start];
    let found = false;
    for (let qi = 0; qi < queue.length && !found; qi++) {
      const node = queue[qi]!;
      for (const next of out.get(node) ?? []) {
        if (next === start) {
          const path = [node];
          for (let p = prev.get(node); p !== undefined; p = prev.get(p)) path.push(p);
          const cycle = path.reverse();
          if (!best || cycle.length < best.length || (cycle.length === best.length && cycle.join('>') < best.join('>'))) best = cycle;
          found = true;
          break;
        }
        if (!prev.has(next) && next !== start) {
          prev.set(next, node);
          queue.push(next);
        }
      }
    }
    if (best && best.length === 2) break;
  }
  return best ?? [...component];
}
