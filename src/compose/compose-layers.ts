import type { Brief } from '../brief/brief-schema.js';
import type { ComponentKind, Layer } from '../model/architecture.js';
import { slugify } from './slugify.js';

const DEFAULT_LAYERS: readonly Omit<Layer, 'decisionId'>[] = [
  { id: 'presentation', name: 'Presentation', patterns: ['**/api/**', '**/routes/**', '**/controllers/**', '**/presentation/**'], mayDependOn: ['application', 'domain'] },
  { id: 'application', name: 'Application', patterns: ['**/services/**', '**/application/**', '**/use-cases/**', '**/jobs/**'], mayDependOn: ['domain'] },
  { id: 'domain', name: 'Domain', patterns: ['**/domain/**', '**/models/**'], mayDependOn: [] },
  { id: 'infrastructure', name: 'Infrastructure', patterns: ['**/infrastructure/**', '**/repositories/**', '**/adapters/**'], mayDependOn: ['domain', 'application'] },
];

/**
 * The code layers: the ones the brief demands (or the style decision names), in order, each depending only on the next
 * (`routes → controllers → services → repositories`); otherwise presentation → application →
 * domain ← infrastructure. Every layer names the decision whose ADR motivates the rule.
 */
export function composeLayers(brief: Brief, decisionId: string, decided: readonly string[] = []): Layer[] {
  const source = brief.constraints.layering.length > 0 ? brief.constraints.layering : decided;
  const given = source.map((name) => name.trim()).filter(Boolean);
  if (given.length === 0) return DEFAULT_LAYERS.map((l) => ({ ...l, decisionId }));
  const ids = given.map((name) => slugify(name, 'layer'));
  return given.map((name, i) => ({
    id: ids[i]!,
    name: name.replace(/^\w/, (c) => c.toUpperCase()),
    patterns: [`**/${ids[i]}/**`],
    mayDependOn: i + 1 < ids.length ? [ids[i + 1]!] : [],
    decisionId,
  }));
}

/** Words that place a component kind in a layer, most specific first. */
const KIND_WORDS: Record<ComponentKind, readonly string[]> = {
  router: ['rout', 'api', 'presentation', 'http', 'controller'],
  controller: ['controller', 'handler', 'presentation', 'api', 'rout'],
  middleware: ['middleware', 'rout', 'presentation', 'api', 'controller'],
  service: ['service', 'application', 'use-case', 'domain', 'logic'],
  'event-handler': ['event', 'handler', 'application', 'service'],
  job: ['job', 'worker', 'application', 'service'],
  repository: ['repositor', 'data', 'persistence', 'infrastructure'],
  adapter: ['adapter', 'infrastructure', 'integration', 'client', 'repositor'],
  'ui-module': ['ui', 'presentation', 'view'],
};

export function layerFor(layers: readonly Layer[], kind: ComponentKind): string | undefined {
  for (const word of KIND_WORDS[kind]) {
    const hit = layers.find((l) => l.id.includes(word));
    if (hit) return hit.id;
  }
  return layers[layers.length - 1]?.id;
}
