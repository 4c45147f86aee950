import type { UnderstoodBrief } from '../../brief/understood-brief.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { DeploymentOption } from '../../model/architecture.js';
import type { CapacityModel } from '../../model/capacity.js';
import type { Decision } from '../../model/decision.js';
import { cloudOptions } from './cloud-options.js';
import { deploymentInputs } from './deployment-inputs.js';
import { onPremiseOptions } from './on-premise-options.js';

/**
 * Three deployment options (single server, PaaS, IaaS — or on-premise variants), each costed
 * per month from the dated price table and the capacity figures. Exactly one is recommended:
 * the simplest option that meets the availability target and fits the budget (or the pinned platform).
 */
export function deploymentOptions(understood: UnderstoodBrief, capacity: CapacityModel, catalog: Catalog, decisions: readonly Decision[]): DeploymentOption[] {
  const inputs = deploymentInputs(understood.brief, capacity, decisions);
  const specs = inputs.onPremise ? onPremiseOptions(inputs, catalog) : cloudOptions(inputs, catalog);
  const priced = specs.map((s) => ({ spec: s, monthly: s.sheet.total(), fits: inputs.budgetUsd === undefined ? null : s.sheet.total() <= inputs.budgetUsd }));
  const meets = priced.filter((p) => p.spec.availabilityCeiling >= inputs.availability);
  const recommended =
    (inputs.kubernetes ? priced.find((p) => p.spec.usesKubernetes) : undefined) ??
    meets.find((p) => p.fits !== false) ??
    [...meets].sort((a, b) => a.monthly - b.monthly)[0] ??
    priced[priced.length - 1]!;
  return priced.map(({ spec, monthly, fits }) => ({
    kind: 'deployment-option',
    id: spec.id,
    name: spec.name,
    target: spec.target,
    nodes: spec.nodes,
    costLines: spec.sheet.lines,
    monthlyUsd: monthly,
    priceDate: catalog.priceDate,
    fitsBudget: fits,
    pros: spec.pros,
    cons: [...spec.cons, ...(spec.availabilityCeiling < inputs.availability ? [`Cannot reliably reach the ${inputs.availability}% availability target`] : [])],
    recommended: spec === recommended.spec,
  }));
}
