import type { ArchitectureModel, Layer } from '../model/architecture.js';

/**
 * The rules `archway check --from architecture.json` derives from a designed architecture, named
 * here so the design side can write them into each ADR's "Confirmation" section and the review
 * side can enforce exactly the same ones.
 */

/** The rule id `archway check` derives for a layer of a designed architecture: `layer/<layer-id>`. */
export const layerRuleId = (layer: Pick<Layer, 'id'>): string => `layer/${layer.id}`;
export const NO_CYCLES_RULE_ID = 'no-cycles';

export function layerSentence(layer: Layer): string {
  const where = layer.patterns.length ? ` (${layer.patterns.join(', ')})` : '';
  const may = layer.mayDependOn.length ? layer.mayDependOn.join(', ') : 'no other layer';
  return `code in ${layer.name}${where} may import only ${may}`;
}

/** The decision whose ADR motivates "no cycles": the architecture-style decision when the model has one. */
export const cyclesDecision = (model: Pick<ArchitectureModel, 'decisions' | 'layers'>): string | undefined =>
  model.decisions.find((d) => d.id === 'architecture-style')?.id ?? model.layers[0]?.decisionId;

/**
 * What `archway check` enforces for each decision, keyed by decision id.
 *
 * @example
 * confirmationFor(model)['architecture-style'];
 * // ['`archway check` rule `layer/routes`: code in Routes (**\/routes/**) may import only controllers.', …]
 */
export function confirmationFor(model: Pick<ArchitectureModel, 'decisions' | 'layers'>): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, string[]> = {};
  const add = (decisionId: string, line: string): void => {
    (out[decisionId] ??= []).push(line);
  };
  for (const layer of model.layers) add(layer.decisionId, `\`archway check\` rule \`${layerRuleId(layer)}\`: ${layerSentence(layer)}.`);
  const decision = cyclesDecision(model);
  if (decision) add(decision, `\`archway check\` rule \`${NO_CYCLES_RULE_ID}\`: no dependency cycles between modules.`);
  return out;
}
