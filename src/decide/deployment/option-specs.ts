import type { Catalog } from '../../catalog/catalog.js';
import type { DeploymentNode } from '../../model/architecture.js';
import { CostSheet } from './cost-sheet.js';
import type { DeploymentInputs } from './deployment-inputs.js';

export interface OptionSpec {
  readonly id: string;
  readonly name: string;
  readonly target: string;
  /** Availability the option can reasonably reach, percent. */
  readonly availabilityCeiling: number;
  readonly usesKubernetes: boolean;
  readonly nodes: readonly DeploymentNode[];
  readonly sheet: CostSheet;
  readonly pros: readonly string[];
  readonly cons: readonly string[];
}

export function node(id: string, name: string, technology: string, instances: number, containerIds: readonly string[], children: readonly DeploymentNode[] = []): DeploymentNode {
  return { kind: 'deployment-node', id, name, technology, instances, containerIds, children };
}

/** Containers every option hosts, by the generic ids compose maps onto its containers. */
export function appContainers(i: DeploymentInputs): string[] {
  return ['api', ...(i.worker ? ['worker'] : []), ...(i.web ? ['web'] : [])];
}

export function dataContainers(i: DeploymentInputs): string[] {
  return ['database', ...(i.cache ? ['cache'] : []), ...(i.separateVectorStore ? ['vector-store'] : []), ...(i.broker ? ['message-broker'] : []),
    ...(i.search ? ['search-engine'] : []), ...(i.analyticsStore ? ['analytics-store'] : []), ...(i.fileTb > 0 ? ['object-storage'] : [])];
}

export function singleServerSize(i: DeploymentInputs): string {
  const load = i.apiInstances + (i.worker ? 1 : 0) + (i.separateVectorStore ? 1 : 0) + (i.broker ? 1 : 0);
  return load <= 3 ? 'vps.4cpu-16gb' : load <= 6 ? 'vps.8cpu-32gb' : 'vps.16cpu-64gb';
}

export function newSheet(catalog: Catalog): CostSheet {
  return new CostSheet(catalog);
}
