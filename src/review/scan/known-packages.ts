import type { DatastoreFact, StackFact } from '../review-types.js';
import type { ExternalSystemKind } from '../../model/architecture.js';
import { ownValue } from '../../shared/own-value.js';

/**
 * What well-known dependencies tell about a codebase. Data, not logic: the detectors only look names
 * up here, so adding a framework or driver is one line.
 */
export interface KnownPackage {
  readonly name: string;
  readonly stack?: StackFact['kind'];
  readonly datastore?: { readonly kind: DatastoreFact['kind']; readonly name: string };
  readonly external?: { readonly kind: ExternalSystemKind; readonly name: string };
  /** Marks modules that talk to a database directly (data access). */
  readonly dataAccess?: boolean;
}

const FRAMEWORKS: Readonly<Record<string, string>> = {
  express: 'Express', fastify: 'Fastify', '@nestjs/core': 'NestJS', hono: 'Hono', koa: 'Koa', next: 'Next.js',
  react: 'React', vue: 'Vue', '@angular/core': 'Angular', svelte: 'Svelte', fastapi: 'FastAPI', flask: 'Flask',
  django: 'Django', starlette: 'Starlette', 'github.com/gin-gonic/gin': 'Gin', 'github.com/labstack/echo/v4': 'Echo',
  'spring-boot-starter-web': 'Spring Boot', 'Microsoft.AspNetCore.App': 'ASP.NET Core', vite: 'Vite',
  pydantic: 'Pydantic', sqlalchemy: 'SQLAlchemy', prisma: 'Prisma', '@prisma/client': 'Prisma', typeorm: 'TypeORM',
  kysely: 'Kysely', knex: 'Knex', 'drizzle-orm': 'Drizzle', sequelize: 'Sequelize', celery: 'Celery',
  vitest: 'Vitest', jest: 'Jest', mocha: 'Mocha', pytest: 'pytest', typescript: 'TypeScript',
};

const DATASTORES: Readonly<Record<string, readonly [DatastoreFact['kind'], string]>> = {
  pg: ['database', 'PostgreSQL'], postgres: ['database', 'PostgreSQL'], 'pg-promise': ['database', 'PostgreSQL'],
  '@electric-sql/pglite': ['database', 'PostgreSQL'], psycopg2: ['database', 'PostgreSQL'],
  'psycopg2-binary': ['database', 'PostgreSQL'], psycopg: ['database', 'PostgreSQL'], asyncpg: ['database', 'PostgreSQL'],
  mysql: ['database', 'MySQL'], mysql2: ['database', 'MySQL'], pymysql: ['database', 'MySQL'], mysqlclient: ['database', 'MySQL'],
  mongodb: ['database', 'MongoDB'], mongoose: ['database', 'MongoDB'], pymongo: ['database', 'MongoDB'], motor: ['database', 'MongoDB'],
  sqlite3: ['database', 'SQLite'], 'better-sqlite3': ['database', 'SQLite'],
  redis: ['cache', 'Redis'], ioredis: ['cache', 'Redis'], memcached: ['cache', 'Memcached'],
  amqplib: ['message-broker', 'RabbitMQ'], pika: ['message-broker', 'RabbitMQ'], 'aio-pika': ['message-broker', 'RabbitMQ'],
  kafkajs: ['message-broker', 'Kafka'], 'kafka-python': ['message-broker', 'Kafka'], 'confluent-kafka': ['message-broker', 'Kafka'],
  aiokafka: ['message-broker', 'Kafka'], bullmq: ['message-broker', 'Redis (BullMQ)'], bull: ['message-broker', 'Redis (Bull)'],
  '@elastic/elasticsearch': ['search-engine', 'Elasticsearch'], elasticsearch: ['search-engine', 'Elasticsearch'],
  '@opensearch-project/opensearch': ['search-engine', 'OpenSearch'], meilisearch: ['search-engine', 'Meilisearch'],
  '@aws-sdk/client-s3': ['object-storage', 'Amazon S3'], boto3: ['object-storage', 'Amazon S3'], minio: ['object-storage', 'MinIO'],
  '@pinecone-database/pinecone': ['vector-store', 'Pinecone'], pinecone: ['vector-store', 'Pinecone'],
  'qdrant-client': ['vector-store', 'Qdrant'], '@qdrant/js-client-rest': ['vector-store', 'Qdrant'], chromadb: ['vector-store', 'Chroma'],
  pgvector: ['vector-store', 'pgvector'],
};

const EXTERNALS: Readonly<Record<string, readonly [ExternalSystemKind, string]>> = {
  axios: ['api', 'HTTP APIs'], 'node-fetch': ['api', 'HTTP APIs'], got: ['api', 'HTTP APIs'], undici: ['api', 'HTTP APIs'],
  requests: ['api', 'HTTP APIs'], httpx: ['api', 'HTTP APIs'], aiohttp: ['api', 'HTTP APIs'],
  openai: ['llm-provider', 'OpenAI'], '@anthropic-ai/sdk': ['llm-provider', 'Anthropic'], anthropic: ['llm-provider', 'Anthropic'],
  stripe: ['payment', 'Stripe'], twilio: ['sms', 'Twilio'], '@sendgrid/mail': ['email', 'SendGrid'], sendgrid: ['email', 'SendGrid'],
  nodemailer: ['email', 'SMTP'], 'firebase-admin': ['push', 'Firebase'], '@slack/web-api': ['api', 'Slack'],
};

/** Driver and ORM module names whose direct use means data access. */
const DATA_ACCESS = new Set([
  ...Object.keys(DATASTORES).filter((n) => DATASTORES[n]![0] === 'database'),
  'sqlalchemy', 'prisma', '@prisma/client', 'typeorm', 'kysely', 'knex', 'drizzle-orm', 'sequelize', 'sqlmodel',
]);

/** Looks a dependency up by its package (or Python top-level module) name. */
export function knownPackage(name: string): KnownPackage | undefined {
  const key = name;
  const framework = ownValue(FRAMEWORKS, key);
  const store = ownValue(DATASTORES, key);
  const external = ownValue(EXTERNALS, key);
  if (!framework && !store && !external && !DATA_ACCESS.has(key)) return undefined;
  return {
    name: framework ?? store?.[1] ?? external?.[1] ?? key,
    ...(framework ? { stack: 'framework' as const } : {}),
    ...(store ? { datastore: { kind: store[0], name: store[1] } } : {}),
    ...(external ? { external: { kind: external[0], name: external[1] } } : {}),
    ...(DATA_ACCESS.has(key) ? { dataAccess: true } : {}),
  };
}

/** Container images in compose files and connection-string schemes, mapped to datastores. */
export const DATASTORE_HINTS: readonly { readonly pattern: RegExp; readonly kind: DatastoreFact['kind']; readonly name: string }[] = [
  { pattern: /^(postgres|postgresql|postgis|timescale)/, kind: 'database', name: 'PostgreSQL' },
  { pattern: /^(mysql|mariadb)/, kind: 'database', name: 'MySQL' },
  { pattern: /^mongo/, kind: 'database', name: 'MongoDB' },
  { pattern: /^(redis|valkey|rediss)/, kind: 'cache', name: 'Redis' },
  { pattern: /^memcached/, kind: 'cache', name: 'Memcached' },
  { pattern: /^(rabbitmq|amqp|amqps)/, kind: 'message-broker', name: 'RabbitMQ' },
  { pattern: /^(kafka|confluentinc|bitnami\/kafka|redpanda)/, kind: 'message-broker', name: 'Kafka' },
  { pattern: /^(nats)/, kind: 'message-broker', name: 'NATS' },
  { pattern: /^(elasticsearch|docker\.elastic\.co)/, kind: 'search-engine', name: 'Elasticsearch' },
  { pattern: /^(opensearch)/, kind: 'search-engine', name: 'OpenSearch' },
  { pattern: /^(minio)/, kind: 'object-storage', name: 'MinIO' },
  { pattern: /^(qdrant)/, kind: 'vector-store', name: 'Qdrant' },
];
