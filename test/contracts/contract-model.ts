import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { briefSchema, type BriefInput } from '../../src/brief/brief-schema.js';
import { composeContracts } from '../../src/compose/compose-contracts.js';
import type { ArchitectureModel } from '../../src/model/architecture.js';
import type { Decision, DecisionArea } from '../../src/model/decision.js';

/** A decision as the decide stage would write it, with only what the contracts read. */
export function decision(area: DecisionArea, choice: string, details: Decision['details'] = {}): Decision {
  return {
    kind: 'decision', id: area, area, title: choice, status: 'accepted', choice, technologies: [], context: '', options: [], drivers: [],
    rationale: '', consequences: { positive: [], negative: [], risks: [] }, requirementIds: [], details, confirmation: [],
  };
}

/** A hand-built architecture model around composed contracts: everything else empty. */
export function contractModel(input: BriefInput, decisions: readonly Decision[] = []): ArchitectureModel {
  const brief = briefSchema.parse(input);
  const { dataModel, api } = composeContracts({ brief, provenance: {}, assumptions: [], questions: [], issues: [] }, decisions);
  const id = brief.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    kind: 'architecture-model', schemaVersion: 1, origin: 'designed', system: { id, name: brief.name, summary: brief.summary },
    people: [], externalSystems: [], containers: [], components: [], relations: [], deployment: [], decisions: [...decisions],
    capacity: { figures: [] }, dataModel, api, layers: [], stack: [], slos: [], threats: [],
    traceability: brief.requirements.map((r) => ({
      requirementId: r.id, requirement: r.text, decisionIds: [], containerIds: [],
      endpointIds: api.endpoints.filter((e) => e.requirementIds.includes(r.id)).map((e) => e.id),
      ...(api.endpoints.some((e) => e.requirementIds.includes(r.id)) ? {} : { note: 'Served by background processing, not an endpoint.' }),
    })),
    plan: [], assumptions: [], questions: [],
  };
}

/** The brief fixture of an example, as the brief stage writes it. */
export function exampleBrief(name: string): BriefInput {
  return parse(readFileSync(join(import.meta.dirname, '../fixtures/briefs', `${name}.yaml`), 'utf8')) as BriefInput;
}
