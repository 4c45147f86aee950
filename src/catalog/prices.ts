import type { Price } from './catalog.js';

/** The date the typical prices below were read. Costs in the package carry this date. */
export const PRICE_DATE = '2026-11-01';

function p(id: string, item: string, provider: string, monthlyUsd: number, unit: string): Price {
  return { id, item, provider, monthlyUsd, unit };
}

/** Typical list prices in USD per month (public price pages, rounded); ids are stable. */
export const PRICES: readonly Price[] = [
  // Single server: VPS and rented bare metal.
  p('vps.2cpu-4gb', 'VPS 2 vCPU, 4 GB RAM, 80 GB SSD', 'Hetzner / DigitalOcean / Linode', 24, 'server'),
  p('vps.4cpu-8gb', 'VPS 4 vCPU, 8 GB RAM, 160 GB SSD', 'Hetzner / DigitalOcean / Linode', 48, 'server'),
  p('vps.4cpu-16gb', 'VPS 4 vCPU, 16 GB RAM, 320 GB SSD', 'Hetzner / DigitalOcean / Linode', 84, 'server'),
  p('vps.8cpu-32gb', 'VPS 8 vCPU, 32 GB RAM, 640 GB SSD', 'Hetzner / DigitalOcean / Linode', 168, 'server'),
  p('vps.16cpu-64gb', 'VPS 16 vCPU, 64 GB RAM, 1.2 TB SSD', 'Hetzner / DigitalOcean / Linode', 336, 'server'),
  p('baremetal.8cpu-64gb', 'Dedicated server 8 cores, 64 GB RAM, 2 × 1 TB NVMe', 'Hetzner / OVH', 120, 'server'),
  p('vps.block-storage.tb', 'Block storage volume', 'Hetzner / DigitalOcean', 50, 'TB-month'),
  // PaaS.
  p('paas.service.small', 'PaaS web service 1 vCPU / 1 GB', 'Render / Railway / Heroku', 25, 'service'),
  p('paas.service.medium', 'PaaS web service 2 vCPU / 4 GB', 'Render / Railway / Heroku', 85, 'service'),
  p('paas.service.large', 'PaaS web service 4 vCPU / 8 GB', 'Render / Railway / Heroku', 175, 'service'),
  p('paas.worker.small', 'PaaS background worker 1 vCPU / 1 GB', 'Render / Railway / Heroku', 25, 'worker'),
  p('paas.postgres.small', 'Managed PostgreSQL 1 vCPU / 4 GB, 100 GB', 'Render / Railway / Heroku', 95, 'database'),
  p('paas.postgres.medium', 'Managed PostgreSQL 2 vCPU / 8 GB, 250 GB, HA', 'Render / Railway / Heroku', 250, 'database'),
  p('paas.redis.small', 'Managed Redis 1 GB', 'Render / Railway / Heroku', 30, 'instance'),
  p('paas.static-site', 'Static site hosting with CDN', 'Render / Netlify / Vercel', 0, 'site'),
  // IaaS compute.
  p('iaas.vcpu-month', 'Compute per vCPU-month (4 GB RAM per vCPU)', 'AWS / GCP / Azure', 30, 'vCPU-month'),
  p('iaas.instance.2cpu-8gb', 'VM or container task 2 vCPU / 8 GB', 'AWS / GCP / Azure', 60, 'instance'),
  p('iaas.instance.4cpu-16gb', 'VM or container task 4 vCPU / 16 GB', 'AWS / GCP / Azure', 120, 'instance'),
  p('iaas.instance.8cpu-32gb', 'VM or container task 8 vCPU / 32 GB', 'AWS / GCP / Azure', 240, 'instance'),
  // Managed PostgreSQL.
  p('iaas.postgres.single.2cpu-8gb', 'Managed PostgreSQL 2 vCPU / 8 GB, single-AZ', 'AWS RDS / Cloud SQL / Azure Database', 130, 'instance'),
  p('iaas.postgres.multi-az.2cpu-8gb', 'Managed PostgreSQL 2 vCPU / 8 GB, multi-AZ', 'AWS RDS / Cloud SQL / Azure Database', 260, 'instance'),
  p('iaas.postgres.single.8cpu-32gb', 'Managed PostgreSQL 8 vCPU / 32 GB, single-AZ', 'AWS RDS / Cloud SQL / Azure Database', 520, 'instance'),
  p('iaas.postgres.multi-az.8cpu-32gb', 'Managed PostgreSQL 8 vCPU / 32 GB, multi-AZ', 'AWS RDS / Cloud SQL / Azure Database', 1040, 'instance'),
  p('iaas.postgres.replica.2cpu-8gb', 'Read replica 2 vCPU / 8 GB', 'AWS RDS / Cloud SQL / Azure Database', 130, 'replica'),
  p('iaas.postgres.replica.8cpu-32gb', 'Read replica 8 vCPU / 32 GB', 'AWS RDS / Cloud SQL / Azure Database', 520, 'replica'),
  p('iaas.postgres.storage.tb', 'Managed database storage (gp3)', 'AWS RDS / Cloud SQL / Azure Database', 115, 'TB-month'),
  // Managed cache, messaging, search, vectors, analytics.
  p('iaas.redis.small', 'Managed Redis 2 vCPU / 3 GB', 'ElastiCache / Memorystore / Azure Cache', 50, 'node'),
  p('iaas.redis.medium', 'Managed Redis 2 vCPU / 13 GB, replicated', 'ElastiCache / Memorystore / Azure Cache', 220, 'cluster'),
  p('iaas.broker.small', 'Managed RabbitMQ single broker', 'Amazon MQ / CloudAMQP', 90, 'broker'),
  p('iaas.kafka.3-broker', 'Managed Kafka, 3 small brokers across zones', 'Amazon MSK / Confluent Cloud', 480, 'cluster'),
  p('iaas.search.small', 'Managed search cluster, 2 data nodes', 'OpenSearch Service / Elastic Cloud', 240, 'cluster'),
  p('iaas.vector.small', 'Managed vector database, 1 node 8 GB', 'Qdrant Cloud / Pinecone / Weaviate Cloud', 90, 'cluster'),
  p('iaas.analytics.small', 'Managed columnar analytics store, small', 'ClickHouse Cloud / BigQuery', 250, 'service'),
  // Storage, network, platform.
  p('object-storage.tb', 'Object storage, standard class', 'S3 / GCS / Azure Blob', 23, 'TB-month'),
  p('backup.tb', 'Backup storage, off-site, infrequent access', 'S3 Glacier IR / Backblaze B2', 10, 'TB-month'),
  p('iaas.load-balancer', 'Application load balancer', 'AWS ALB / GCP LB / Azure LB', 25, 'load balancer'),
  p('cdn.tb', 'CDN egress', 'CloudFront / Cloudflare', 85, 'TB'),
  p('cdn.plan', 'CDN and WAF plan with DNS', 'Cloudflare Pro', 25, 'zone'),
  p('iaas.data-transfer.tb', 'Internet egress', 'AWS / GCP / Azure', 90, 'TB'),
  p('iaas.nat-gateway', 'NAT gateway', 'AWS / GCP / Azure', 35, 'gateway'),
  p('iaas.k8s-control-plane', 'Managed Kubernetes control plane', 'EKS / GKE / AKS', 73, 'cluster'),
  p('iaas.monitoring', 'Managed metrics, logs and traces, small', 'Grafana Cloud / CloudWatch', 50, 'workspace'),
  // On-premise hardware, amortised over 5 years including power and support.
  p('onprem.server.small', 'On-premise server 8 cores, 32 GB RAM (amortised)', 'own hardware', 90, 'server'),
  p('onprem.server.medium', 'On-premise server 16 cores, 64 GB RAM (amortised)', 'own hardware', 150, 'server'),
  p('onprem.storage.tb', 'On-premise storage, RAID-protected disks (amortised)', 'own hardware', 10, 'TB-month'),
  p('onprem.backup.tb', 'On-premise backup target, second site or tape (amortised)', 'own hardware', 6, 'TB-month'),
];
