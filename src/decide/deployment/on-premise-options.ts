import type { Catalog } from '../../catalog/catalog.js';
import type { DeploymentInputs } from './deployment-inputs.js';
import { appContainers, dataContainers, newSheet, node, type OptionSpec } from './option-specs.js';

/** On-premise variants of seed 003's options: one server, an HA pair, a small cluster. */
export function onPremiseOptions(i: DeploymentInputs, catalog: Catalog): OptionSpec[] {
  const storageTb = i.fileTb + i.databaseTb;
  const single = newSheet(catalog).add('onprem.server.medium', 1)
    .add('onprem.storage.tb', storageTb, 'RAID storage for files and database (first year)')
    .add('onprem.backup.tb', Math.max(0.1, storageTb), 'Backup target (second site)');
  const pair = newSheet(catalog).add('onprem.server.medium', 2)
    .add('onprem.storage.tb', storageTb * 2, 'Replicated storage (first year, two copies)')
    .add('onprem.backup.tb', Math.max(0.1, storageTb), 'Backup target (second site)');
  const cluster = newSheet(catalog).add('onprem.server.medium', 3, 'Kubernetes nodes').add('onprem.server.small', 3, 'Storage nodes (erasure-coded object storage)')
    .add('onprem.storage.tb', storageTb * 1.5, 'Erasure-coded storage (first year)')
    .add('onprem.backup.tb', Math.max(0.1, storageTb), 'Backup target (second site)');
  return [
    {
      id: 'single-server', name: 'Single on-premise server', target: 'One company server with Docker Compose',
      availabilityCeiling: 99.5, usesKubernetes: false, sheet: single,
      nodes: [node('server', 'On-premise server', 'Linux + Docker Compose', 1, [...appContainers(i), ...dataContainers(i), 'proxy'])],
      pros: ['Lowest cost', 'Simple for a small team to run', 'Data stays in the building'],
      cons: ['Single point of failure', 'Hardware replacement is on the company'],
    },
    {
      id: 'on-premise-ha', name: 'On-premise HA pair', target: 'Two company servers: active/standby application and PostgreSQL streaming replication',
      availabilityCeiling: 99.9, usesKubernetes: false, sheet: pair,
      nodes: [node('server-a', 'Primary server', 'Linux + Docker Compose', 1, [...appContainers(i), ...dataContainers(i), 'proxy']),
        node('server-b', 'Standby server', 'Linux + Docker Compose', 1, [...appContainers(i), 'database'])],
      pros: ['Survives one server failure', 'Still simple tooling'],
      cons: ['Twice the hardware', 'Failover procedure to rehearse'],
    },
    {
      id: 'on-premise-cluster', name: 'On-premise cluster', target: 'Kubernetes on three company servers with distributed object storage',
      availabilityCeiling: 99.95, usesKubernetes: true, sheet: cluster,
      nodes: [node('cluster', 'Kubernetes cluster', 'Kubernetes', 3, [...appContainers(i), ...dataContainers(i)])],
      pros: ['Horizontal scaling', 'Self-healing'],
      cons: ['Needs Kubernetes skills the team may not have', 'Highest hardware cost'],
    },
  ];
}
