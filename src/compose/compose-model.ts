import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Catalog } from '../catalog/catalog.js';
import { MODEL_SCHEMA_VERSION, type ArchitectureModel, type DeploymentOption } from '../model/architecture.js';
import type { CapacityModel } from '../model/capacity.js';
import type { Decision } from '../model/decision.js';
import { deploymentOptions } from '../decide/deployment/deployment-options.js';
import { confirmationFor } from './check-rules.js';
import { composeComponents } from './compose-components.js';
import { composeContainers } from './compose-containers.js';
import { composeContracts } from './compose-contracts.js';
import { composeLayers } from './compose-layers.js';
import { composeExternalSystems, composePeople } from './compose-people.js';
import { composePlan } from './compose-plan.js';
import { composeRelations } from './compose-relations.js';
import { composeSlos } from './compose-slos.js';
import { composeStack } from './compose-stack.js';
import { composeThreats } from './compose-threats.js';
import { composeTraceability } from './compose-traceability.js';
import { decisionLookup } from './decision-lookup.js';
import { domainModules } from './domain-modules.js';
import { numberAdrs } from './number-adrs.js';
import { placeContainers } from './place-containers.js';
import { serviceBoundaries } from './service-boundaries.js';
import { slugify } from './slugify.js';

export interface ComposeInput {
  readonly understood: UnderstoodBrief;
  readonly capacity: CapacityModel;
  readonly decisions: readonly Decision[];
  readonly catalog: Catalog;
  /** Deployment options; by default the decide stage's `deploymentOptions` for these decisions. */
  readonly deployment?: readonly DeploymentOption[];
}

/**
 * Builds the architecture model from the decisions: people, external systems, the containers the
 * decisions chose (and only those), components in layers, relations, contracts, qualities, threats,
 * traceability and the plan. Pure and deterministic.
 */
export function composeModel(input: ComposeInput): ArchitectureModel {
  const { understood, capacity, catalog } = input;
  const brief = understood.brief;
  const decisions = numberAdrs(input.decisions);
  const d = decisionLookup(decisions, catalog);
  const domain = domainModules(brief);
  const services = serviceBoundaries(brief, d, domain);
  const people = composePeople(brief);
  const externalSystems = composeExternalSystems(brief, d);
  const containers = composeContainers(brief, d, services);
  const containerRelations = composeRelations(brief, d, people, containers, externalSystems);
  const style = d.get('architecture-style');
  const decidedLayers = style?.details['layers'];
  const layers = composeLayers(brief, 'architecture-style', Array.isArray(decidedLayers) ? decidedLayers : []);
  const { components, relations: componentRelations } = composeComponents(
    brief, d, domain, services, containers, externalSystems, containerRelations, layers,
  );
  const contracts = composeContracts(understood, decisions, { apiContainerId: services[0]?.id ?? 'api' });
  const api = services.length > 1 ? { ...contracts.api, endpoints: contracts.api.endpoints.map((e) => ({ ...e, containerId: serviceOf(e.entity) })) } : contracts.api;
  function serviceOf(entity: string | undefined): string {
    const moduleId = entity ? domain.byEntity.get(entity) : undefined;
    return services.find((s) => moduleId !== undefined && s.moduleIds.includes(moduleId))?.id ?? services[0]!.id;
  }
  const traceability = composeTraceability(brief, decisions, containers, api, domain, services);
  const enforced = confirmationFor({ decisions, layers });
  return {
    kind: 'architecture-model',
    schemaVersion: MODEL_SCHEMA_VERSION,
    origin: 'designed',
    system: { id: slugify(brief.name, 'system'), name: oneLine(brief.name), summary: brief.summary.trim() },
    people,
    externalSystems,
    containers,
    components,
    relations: [...containerRelations, ...componentRelations],
    deployment: placeContainers(input.deployment ?? deploymentOptions(understood, capacity, catalog, decisions), containers),
    decisions: decisions.map((dec) => withConfirmation(dec, enforced[dec.id] ?? [])),
    capacity,
    dataModel: contracts.dataModel,
    api,
    layers,
    stack: composeStack(decisions, catalog),
    slos: composeSlos(understood, capacity, d),
    threats: composeThreats(containers, d),
    traceability,
    plan: composePlan(brief, d, domain, traceability),
    assumptions: understood.assumptions,
    questions: understood.questions,
  };
}

/** Adds the `archway check` rules that enforce a decision to its Confirmation lines (rendered into its ADR). */
function withConfirmation(decision: Decision, rules: readonly string[]): Decision {
  const fresh = rules.filter((line) => !decision.confirmation.includes(line));
  return fresh.length ? { ...decision, confirmation: [...decision.confirmation, ...fresh] } : decision;
}

/** Names are titles: one line, single spaces, so no output format can be broken out of by a newline. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
