import type { Catalog } from '../../catalog/catalog.js';
import type { DeploymentInputs } from './deployment-inputs.js';
import { appContainers, dataContainers, newSheet, node, singleServerSize, type OptionSpec } from './option-specs.js';

/** Seed 003's three options: A single server, B PaaS, C IaaS — each costed from the price table. */
export function cloudOptions(i: DeploymentInputs, catalog: Catalog): OptionSpec[] {
  const size = singleServerSize(i);
  const backupTb = i.databaseTb + i.fileTb;

  const single = newSheet(catalog).add(size, 1).add('vps.block-storage.tb', i.fileTb, 'Block storage for files (first year)')
    .add('backup.tb', Math.max(0.1, backupTb), 'Off-site backups').add('cdn.plan', i.web ? 1 : 0);

  const paas = newSheet(catalog)
    .add(i.apiInstances > 4 ? 'paas.service.large' : 'paas.service.medium', Math.max(i.availability >= 99.9 ? 2 : 1, Math.ceil(i.apiInstances / (i.apiInstances > 4 ? 2 : 1))), 'API service instances')
    .add('paas.worker.small', i.worker ? 1 : 0)
    .add(i.availability >= 99.9 || i.largeDatabase ? 'paas.postgres.medium' : 'paas.postgres.small', 1)
    .add('paas.redis.small', i.cache ? 1 : 0)
    .add('iaas.vector.small', i.separateVectorStore ? 1 : 0)
    .add(i.broker === 'kafka' ? 'iaas.kafka.3-broker' : 'iaas.broker.small', i.broker ? 1 : 0)
    .add('iaas.search.small', i.search ? 1 : 0)
    .add('iaas.analytics.small', i.analyticsStore ? 1 : 0)
    .add('object-storage.tb', i.fileTb, 'Object storage (first year)')
    .add('paas.static-site', i.web ? 1 : 0);

  const db = i.largeDatabase ? '8cpu-32gb' : '2cpu-8gb';
  const iaas = newSheet(catalog)
    .add('iaas.instance.2cpu-8gb', Math.max(2, i.apiInstances), 'API instances (2 vCPU / 8 GB)')
    .add('iaas.instance.2cpu-8gb', i.worker ? 2 : 0, 'Worker instances')
    .add(`iaas.postgres.multi-az.${db}`, 1)
    .add(`iaas.postgres.replica.${db}`, i.readReplicas)
    .add('iaas.postgres.storage.tb', Math.max(0.1, i.databaseTb), 'Database storage')
    .add(i.apiInstances > 4 ? 'iaas.redis.medium' : 'iaas.redis.small', i.cache ? 1 : 0)
    .add('iaas.vector.small', i.separateVectorStore ? 1 : 0)
    .add(i.broker === 'kafka' ? 'iaas.kafka.3-broker' : 'iaas.broker.small', i.broker ? 1 : 0)
    .add('iaas.search.small', i.search ? 1 : 0)
    .add('iaas.analytics.small', i.analyticsStore ? 1 : 0)
    .add('object-storage.tb', i.fileTb, 'Object storage (first year)')
    .add('iaas.load-balancer', 1)
    .add('iaas.nat-gateway', 1)
    .add('iaas.k8s-control-plane', i.kubernetes ? 1 : 0)
    .add('cdn.plan', i.web ? 1 : 0)
    .add('iaas.monitoring', 1);

  return [
    {
      id: 'single-server', name: 'Single server', target: `One VPS (${catalog.price(size).item}) with Docker Compose`,
      availabilityCeiling: 99.5, usesKubernetes: false, sheet: single,
      nodes: [node('server', 'Application server', 'Ubuntu 24.04 LTS + Docker Compose', 1, [...appContainers(i), ...dataContainers(i), 'proxy'])],
      pros: ['Lowest cost', 'One docker-compose.yml to deploy', 'No vendor lock-in'],
      cons: ['Single point of failure', 'Manual scaling, backups and patching'],
    },
    {
      id: 'paas', name: 'Cloud PaaS', target: 'Render / Railway / Heroku / Cloud Run with managed PostgreSQL and Redis',
      availabilityCeiling: 99.9, usesKubernetes: false, sheet: paas,
      nodes: [node('paas', 'PaaS platform', 'Managed containers', 1, appContainers(i)), node('managed-data', 'Managed data services', 'Managed PostgreSQL / Redis', 1, dataContainers(i))],
      pros: ['No servers to manage', 'Managed backups and TLS', 'Deploys from Git'],
      cons: ['Higher unit cost', 'Vendor lock-in', 'Limited network control'],
    },
    {
      id: 'iaas', name: 'Cloud IaaS', target: `AWS / GCP / Azure across availability zones${i.kubernetes ? ' on managed Kubernetes' : ' with autoscaled containers'}`,
      availabilityCeiling: 99.99, usesKubernetes: i.kubernetes, sheet: iaas,
      nodes: [node('region', 'Cloud region', i.kubernetes ? 'Managed Kubernetes' : 'Container service', 1, [], [
        node('zone-a', 'Availability zone A', i.kubernetes ? 'Kubernetes nodes' : 'Containers', Math.ceil(Math.max(2, i.apiInstances) / 2), appContainers(i)),
        node('zone-b', 'Availability zone B', i.kubernetes ? 'Kubernetes nodes' : 'Containers', Math.floor(Math.max(2, i.apiInstances) / 2), appContainers(i)),
        node('managed-data', 'Managed data services', 'Multi-AZ PostgreSQL, Redis, object storage', 1, dataContainers(i)),
      ])],
      pros: ['Multi-AZ high availability', 'Autoscaling', 'Managed databases with point-in-time recovery'],
      cons: ['Most complex to operate', 'Highest cost', 'Cloud-specific skills'],
    },
  ];
}
