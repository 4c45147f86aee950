import type { Catalog } from '../catalog/catalog.js';
import type { StackItem } from '../model/architecture.js';
import type { Decision } from '../model/decision.js';

/** Every technology the applicable decisions bring in, with its catalog minimum version, in decision order. */
export function composeStack(decisions: readonly Decision[], catalog: Catalog): StackItem[] {
  const seen = new Set<string>();
  const stack: StackItem[] = [];
  for (const d of decisions) {
    if (d.status === 'not-applicable') continue;
    for (const id of d.technologies) {
      const t = catalog.lookup(id);
      if (!t || seen.has(t.id)) continue;
      seen.add(t.id);
      stack.push({ area: d.area, name: t.name, minVersion: t.minVersion, catalogId: t.id });
    }
  }
  return stack;
}
