import type { Edge } from '../review-types.js';

/** Strongly connected components with more than one module (Tarjan's algorithm, iterative), each sorted. */
export function stronglyConnected(modules: readonly string[], edges: readonly Edge[]): string[][] {
  const out = new Map<string, string[]>();
  for (const m of modules) out.set(m, []);
  for (const e of edges) out.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of modules) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const succ = out.get(frame.node) ?? [];
      if (frame.next < succ.length) {
        const w = succ[frame.next++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
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
