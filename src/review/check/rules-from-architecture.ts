import { readFileSync } from 'node:fs';
import { ArchwayError } from '../../errors/issue.js';
import type { ArchitectureModel } from '../../model/architecture.js';
import { reviewCodes } from '../review-codes.js';
import { confirmationFor, cyclesDecision, layerRuleId, layerSentence, NO_CYCLES_RULE_ID } from '../../compose/check-rules.js';
import type { CheckConfig, CheckRule } from './check-config.js';

export { layerRuleId, NO_CYCLES_RULE_ID };

const adrOf = (model: ArchitectureModel, decisionId: string): string | undefined => model.decisions.find((d) => d.id === decisionId)?.adr?.file;

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

export { confirmationFor };

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
