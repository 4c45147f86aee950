import { z } from 'zod';

/**
 * The brief: everything Archway understood of the inputs, validated. Written by a user as
 * YAML/JSON, or extracted from Markdown requirement documents. Quantities are plain numbers
 * in base units (bytes, per second, per day, USD per month) so rules never parse text.
 */

export const BRIEF_SCHEMA_VERSION = 1;

const id = z.string().min(1);

export const personaSchema = z.object({
  id: id.describe('Slug, e.g. `dispatcher`.'),
  name: z.string().min(1),
  description: z.string().default(''),
  count: z.number().int().nonnegative().optional().describe('How many people of this kind.'),
  clients: z
    .array(z.enum(['web', 'mobile', 'desktop', 'cli', 'api']))
    .default([])
    .describe('The client kinds this persona uses.'),
  offline: z.boolean().default(false).describe('Works without network coverage.'),
});

export const requirementSchema = z.object({
  id: id.describe('Requirement id as written, e.g. `FR-4`.'),
  text: z.string().min(1),
  kind: z.enum(['functional', 'non-functional']).default('functional'),
});

export const fieldSchema = z.object({
  name: z.string().min(1),
  type: z
    .enum(['string', 'text', 'integer', 'number', 'boolean', 'date', 'datetime', 'uuid', 'json', 'string[]', 'binary'])
    .default('string'),
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  maxLength: z.number().int().positive().optional(),
  enum: z.array(z.string()).optional(),
  min: z.number().optional(),
  personalData: z.boolean().default(false),
  secret: z.boolean().default(false).describe('Encrypt at rest; never return in responses.'),
});

export const relationSchema = z.object({
  kind: z.enum(['belongs-to', 'has-many', 'many-to-many']),
  target: z.string().min(1).describe('Entity name.'),
  required: z.boolean().default(true),
  onDelete: z.enum(['cascade', 'restrict', 'set null']).optional(),
});

export const entitySchema = z.object({
  name: z.string().min(1).describe('Singular, e.g. `WorkOrder`.'),
  description: z.string().default(''),
  fields: z.array(fieldSchema).default([]),
  relations: z.array(relationSchema).default([]),
  tenantOwned: z.boolean().optional().describe('Default: true in a multi-tenant system, except the tenant itself.'),
  personalData: z.boolean().default(false),
  softDelete: z.boolean().default(false),
  /** Expected volume, for partitioning and sizing. */
  rowsPerDay: z.number().nonnegative().optional(),
  given: z.boolean().default(false).describe('Came from a draft schema; keep it as written.'),
});

export const workloadSchema = z.object({
  name: z.string().min(1).describe('What is counted, e.g. `work orders`, `paste writes`, `events`.'),
  kind: z.enum(['write', 'read', 'event', 'request']).default('write'),
  count: z.number().nonnegative(),
  per: z.enum(['second', 'minute', 'hour', 'day', 'month', 'year']),
});

export const itemSizeSchema = z.object({
  name: z.string().min(1).describe('What is stored, e.g. `photo`, `paste`.'),
  bytes: z.number().nonnegative(),
  /** How many of these per unit of a workload, e.g. 4 photos per work order. */
  perWorkload: z.string().optional().describe('Workload name this item hangs off.'),
  countPerWorkload: z.number().nonnegative().default(1),
  kind: z.enum(['file', 'record']).default('record'),
});

export const scaleSchema = z.object({
  registeredUsers: z.number().nonnegative().optional(),
  registeredUsersLater: z.number().nonnegative().optional().describe('Growth target.'),
  concurrentUsers: z.number().nonnegative().optional().describe('At peak.'),
  peakRequestsPerSecond: z.number().nonnegative().optional(),
  averageRequestsPerSecond: z.number().nonnegative().optional(),
  readWriteRatio: z.number().positive().optional().describe('Reads per write, e.g. 10 for 10:1.'),
  workloads: z.array(workloadSchema).default([]),
  itemSizes: z.array(itemSizeSchema).default([]),
  currentDataBytes: z.number().nonnegative().optional(),
  dataGrowthBytesPerMonth: z.number().nonnegative().optional(),
  retentionYears: z.number().positive().optional().describe('How long data is kept; sizing horizon.'),
  fileRetentionYears: z.number().positive().optional(),
});

export const qualitySchema = z.object({
  availability: z.number().min(0).max(100).optional().describe('Percent, e.g. 99.9.'),
  availabilityWindow: z.string().optional().describe('e.g. `business hours`.'),
  latencyP95Ms: z.number().positive().optional(),
  latencyP99Ms: z.number().positive().optional(),
  latencyAverageMs: z.number().positive().optional(),
  rpoMinutes: z.number().nonnegative().optional(),
  rtoMinutes: z.number().nonnegative().optional(),
  provisioningMinutes: z.number().positive().optional().describe('Target time to onboard a tenant.'),
  encryptionAtRest: z.boolean().default(false),
  tlsVersion: z.string().optional(),
  zeroTrust: z.boolean().default(false),
  auditTrail: z.boolean().default(false),
  reversibleMigrations: z.boolean().default(false),
  tracing: z.boolean().default(false),
  resilientExternalCalls: z.boolean().default(false),
  secretsFromEnvironment: z.boolean().default(false).describe('Secrets only in environment variables or a secret store.'),
});

export const tenancySchema = z.object({
  mode: z.enum(['single', 'multi']).default('single'),
  tenantNoun: z.string().default('tenant').describe('What a tenant is called, e.g. `organization`.'),
  tenants: z.number().nonnegative().optional(),
  tenantsLater: z.number().nonnegative().optional(),
  usersPerTenant: z.number().nonnegative().optional(),
  isolation: z
    .enum(['row-level', 'schema-per-tenant', 'database-per-tenant'])
    .optional()
    .describe('Only when the inputs demand one; otherwise the engine decides.'),
  scopes: z.array(z.string()).default([]).describe('Extra scoping keys besides the tenant, e.g. `project`.'),
  enforcedInDatabase: z.boolean().default(false),
  perTenantQuotas: z.boolean().default(false),
  perTenantNetwork: z.boolean().default(false),
  databaseRolePerTenant: z.boolean().default(false).describe('Each tenant has its own database role.'),
});

export const capabilitiesSchema = z.object({
  clients: z
    .object({
      web: z.boolean().default(false),
      mobile: z.boolean().default(false),
      pwa: z.boolean().default(false),
      desktop: z.boolean().default(false),
      cli: z.boolean().default(false),
      publicApi: z.boolean().default(false),
    })
    .prefault({}),
  offline: z.boolean().default(false),
  realtime: z
    .object({
      needed: z.boolean().default(false),
      direction: z.enum(['server-to-client', 'bidirectional']).default('server-to-client'),
      purposes: z.array(z.string()).default([]).describe('e.g. `generation progress`, `token streaming`.'),
    })
    .prefault({}),
  search: z
    .object({
      fullText: z.boolean().default(false),
      semantic: z.boolean().default(false),
    })
    .prefault({}),
  files: z
    .object({
      needed: z.boolean().default(false),
      kinds: z.array(z.string()).default([]).describe('e.g. `photos`, `documents`.'),
    })
    .prefault({}),
  ai: z
    .object({
      llm: z.boolean().default(false),
      embeddings: z.boolean().default(false),
      pluggableProviders: z.boolean().default(false),
      agents: z.boolean().default(false),
      tools: z.boolean().default(false),
    })
    .prefault({}),
  notifications: z.array(z.enum(['email', 'sms', 'push', 'in-app', 'webhook'])).default([]),
  payments: z.boolean().default(false),
  billing: z.enum(['none', 'subscription', 'usage-based']).default('none'),
  analytics: z.boolean().default(false).describe('Dashboards or reports over operational data.'),
  reporting: z.boolean().default(false),
  scheduledJobs: z
    .array(z.object({ name: z.string(), schedule: z.string().default('nightly') }))
    .default([]),
  backgroundJobs: z.boolean().default(false),
  audit: z.boolean().default(false),
  versioning: z.boolean().default(false).describe('Linear versions of user documents.'),
  export: z.array(z.string()).default([]).describe('Export formats, e.g. `zip`.'),
  domainEvents: z.boolean().default(false),
  metering: z.boolean().default(false),
  sso: z.array(z.enum(['saml', 'oidc'])).default([]),
  apiKeys: z.boolean().default(false),
  webhooksOut: z.boolean().default(false),
  webhooksIn: z.boolean().default(false),
  sync: z.boolean().default(false).describe('Two-way synchronisation with external systems.'),
  vpn: z.boolean().default(false),
  provisioning: z.boolean().default(false).describe('Automated per-tenant resource provisioning.'),
  backupRestore: z.boolean().default(false).describe('User-facing backup and restore.'),
  rbac: z.boolean().default(false).describe('Access inside a tenant follows roles.'),
  ownership: z.boolean().default(false).describe('Users reach only records they own (admins excepted).'),
  rateLimits: z.boolean().default(false).describe('Request rate limits or usage budgets are enforced.'),
});

export const integrationSchema = z.object({
  name: z.string().min(1),
  kind: z.enum([
    'llm-provider',
    'embedding-provider',
    'email',
    'sms',
    'push',
    'payment',
    'crm',
    'identity-provider',
    'file-drop',
    'webhook-consumer',
    'api',
    'other',
  ]),
  direction: z.enum(['outbound', 'inbound', 'both']).default('outbound'),
  schedule: z.string().optional(),
  description: z.string().default(''),
});

export const constraintsSchema = z.object({
  languages: z.array(z.string()).default([]).describe('Catalog ids or names, e.g. `python`, `csharp`.'),
  frameworks: z.array(z.string()).default([]),
  hosting: z.enum(['cloud', 'on-premise', 'hybrid']).optional(),
  cloudProvider: z.string().optional(),
  regions: z.number().int().positive().optional(),
  multiAz: z.boolean().default(false),
  budgetMonthlyUsd: z.number().nonnegative().optional(),
  budgetLevel: z.enum(['small', 'medium', 'large']).optional(),
  team: z
    .object({
      size: z.number().int().positive().optional(),
      teams: z.number().int().positive().optional().describe('Independent teams deploying separately.'),
      skills: z.array(z.string()).default([]),
      deployIndependently: z.boolean().default(false),
    })
    .prefault({}),
  existingStack: z.array(z.string()).default([]),
  layering: z.array(z.string()).default([]).describe('Required code layers in order, e.g. routes, controllers, services, repositories.'),
});

export const pinnedDecisionSchema = z.object({
  area: z.string().min(1).describe('A decision area id, e.g. `primary-database`.'),
  choice: z.string().min(1).describe('Catalog id or name, e.g. `postgresql`.'),
  technologies: z.array(z.string()).default([]).describe('Every catalog id the pinned choice names, e.g. `react`, `typescript`.'),
  version: z.string().optional(),
  reason: z.string().default('Given in the requirements.'),
});

export const draftColumnSchema = z.object({
  name: z.string(),
  type: z.string().describe('PostgreSQL type as written, e.g. `varchar(200)`.'),
  nullable: z.boolean(),
  unique: z.boolean().default(false),
  default: z.string().optional(),
  check: z.string().optional(),
  primaryKey: z.boolean().default(false),
  references: z
    .object({ table: z.string(), column: z.string(), onDelete: z.string().optional() })
    .optional(),
});

export const draftTableSchema = z.object({
  name: z.string(),
  columns: z.array(draftColumnSchema),
  primaryKey: z.array(z.string()).default([]),
  source: z.object({ file: z.string(), line: z.number() }).optional(),
});

export const draftOperationSchema = z.object({
  method: z.enum(['get', 'post', 'put', 'patch', 'delete']),
  path: z.string(),
  operationId: z.string().optional(),
  summary: z.string().default(''),
  /** The operation object, dereferenced, as JSON. */
  operation: z.record(z.string(), z.unknown()).default({}),
  source: z.object({ file: z.string(), line: z.number() }).optional(),
});

export const draftsSchema = z.object({
  tables: z.array(draftTableSchema).default([]),
  operations: z.array(draftOperationSchema).default([]),
  /** Named component schemas of a draft OpenAPI document, dereferenced. */
  schemas: z.record(z.string(), z.unknown()).default({}),
  openapiVersion: z.string().optional(),
});

export const briefSchema = z.object({
  schemaVersion: z.literal(BRIEF_SCHEMA_VERSION).default(BRIEF_SCHEMA_VERSION),
  name: z.string().min(1),
  summary: z.string().default(''),
  personas: z.array(personaSchema).default([]),
  requirements: z.array(requirementSchema).default([]),
  entities: z.array(entitySchema).default([]),
  scale: scaleSchema.prefault({}),
  quality: qualitySchema.prefault({}),
  compliance: z.array(z.string()).default([]).describe('e.g. `GDPR`, `SOC 2`, `ISO 27001`, `HIPAA`, `PCI DSS`.'),
  tenancy: tenancySchema.prefault({}),
  capabilities: capabilitiesSchema.prefault({}),
  integrations: z.array(integrationSchema).default([]),
  constraints: constraintsSchema.prefault({}),
  decisions: z.array(pinnedDecisionSchema).default([]),
  drafts: draftsSchema.prefault({}),
  answers: z.record(z.string(), z.string()).default({}).describe('Question id → chosen option key or free value.'),
});

export type Brief = z.output<typeof briefSchema>;
export type BriefInput = z.input<typeof briefSchema>;
export type Persona = z.output<typeof personaSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type Entity = z.output<typeof entitySchema>;
export type EntityField = z.output<typeof fieldSchema>;
export type EntityRelation = z.output<typeof relationSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type ItemSize = z.output<typeof itemSizeSchema>;
export type Integration = z.output<typeof integrationSchema>;
export type PinnedDecision = z.output<typeof pinnedDecisionSchema>;
export type DraftTable = z.output<typeof draftTableSchema>;
export type DraftOperation = z.output<typeof draftOperationSchema>;
export type Drafts = z.output<typeof draftsSchema>;
