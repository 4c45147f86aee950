import { readFileSync } from 'node:fs';
import { ArchwayError } from '../../errors/issue.js';
import type { ArchitectureModel, Layer } from '../../model/architecture.js';
import { reviewCodes } from '../review-codes.js';
import type { CheckConfig, CheckRule } from './check-config.js';

/** The rule id `archway check` derives for a layer of a designed architecture: `layer/<layer-id>`. */
export const layerRuleId = (layer: Pick<Layer, 'id'>): string => `layer/${layer.id}`;
export const NO_CYCLES_RULE_ID = 'no-cycles';

const adrOf = (model: ArchitectureModel, decisionId: string): string | undefined => model.decisions.find((d) => d.id === decisionId)?.adr?.file;

function layerSentence(layer: Layer): string {
  const where = layer.patterns.length ? ` (${layer.patterns.join(', ')})` : '';
  const may = layer.mayDependOn.length ? layer.mayDependOn.join(', ') : 'no other layer';
  return `code in ${layer.name}${where} may import only ${may}`;
}

/** The decision whose ADR motivates "no cycles": the architecture-style decision when the model has one. */
const cyclesDecision = (model: ArchitectureModel): string | undefined =>
  model.decisions.find((d) => d.id === 'architecture-style')?.id ?? model.layers[0]?.decisionId;

/**
 * `archway check` rules derived from a designed architecture: one `layer/<id>` rule per layer (its
 * `mayDependOn` become the allowed dependencies) and `no-cycles`, each naming the ADR of the decision
 * that motivated it.
 */
export function checkConfigFromModel(model: ArchitectureModel): CheckConfig {
  const rules: CheckRule[] = model.layers.map((layer): CheckRule => {
    const adr = adrOf(model, layer.decisionId);
    return {
      id: layerRuleId(layer), kind: 'layers', severity: 'error', typeOnly: 'ignore',
      allow: { [layer.id]: [...layer.mayDependOn] }, comment: `${layerSentence(layer)}.`, ...(adr ? { adr } : {}),
    };
  });
  const decision = cyclesDecision(model);
  const adr = decision ? adrOf(model, decision) : undefined;
  rules.push({ id: NO_CYCLES_RULE_ID, kind: 'no-cycles', severity: 'error', typeOnly: 'ignore', comment: 'Modules depend on each other in one direction only; a cycle makes them one unit that cannot change or be tested apart.', ...(adr ? { adr } : {}) });
  return {
    layers: Object.fromEntries(model.layers.filter((l) => l.patterns.length).map((l) => [l.id, [...l.patterns]])),
    // Layers the design placed by pattern are found by pattern only; others by their conventional folder names.
    conventions: model.layers.some((l) => !l.patterns.length),
    rules,
  };
}

/**
 * What `archway check` enforces for each decision, keyed by decision id: the lines the design side
 * writes into each ADR's "Confirmation" section (and into `Decision.confirmation`).
 *
 * @example
 * confirmationFor(model)['architecture-style'];
 * // ['`archway check` rule `layer/routes`: code in routes (src/routes/**) may import only controllers, services.', …]
 */
export function confirmationFor(model: ArchitectureModel): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, string[]> = {};
  const add = (decisionId: string, line: string): void => {
    (out[decisionId] ??= []).push(line);
  };
  for (const layer of model.layers) add(layer.decisionId, `\`archway check\` rule \`${layerRuleId(layer)}\`: ${layerSentence(layer)}.`);
  const decision = cyclesDecision(model);
  if (decision) add(decision, `\`archway check\` rule \`${NO_CYCLES_RULE_ID}\`: no dependency cycles between modules.`);
  return out;
}

/** Reads an `architecture.json` written by `archway design` (the model itself, or `{ model }`). */
export function readArchitecture(file: string): ArchitectureModel {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ArchwayError([reviewCodes.issue('REVIEW_ARCHITECTURE_INVALID', `cannot read ${file}: ${code}`, { file })]);
  }
  const candidate = (data as { kind?: unknown; model?: unknown })?.kind === 'architecture-model' ? data : (data as { model?: unknown })?.model;
  const model = candidate as Partial<ArchitectureModel> | undefined;
  if (!model || model.kind !== 'architecture-model' || !Array.isArray(model.layers) || !Array.isArray(model.decisions)) {
    throw new ArchwayError([reviewCodes.issue('REVIEW_ARCHITECTURE_INVALID', 'expected an object with kind "architecture-model", layers and decisions', { file, path: 'kind' })]);
  }
  return model as ArchitectureModel;
}
