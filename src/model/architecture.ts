import type { CapacityModel } from './capacity.js';
import type { Decision } from './decision.js';
import type { Assumption, Question } from './source.js';

export const MODEL_SCHEMA_VERSION = 1;

export interface Person {
  readonly kind: 'person';
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export type ExternalSystemKind =
  | 'llm-provider'
  | 'embedding-provider'
  | 'email'
  | 'sms'
  | 'push'
  | 'payment'
  | 'crm'
  | 'identity-provider'
  | 'file-drop'
  | 'webhook-consumer'
  | 'api'
  | 'other';

export interface ExternalSystem {
  readonly kind: 'external-system';
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly systemKind: ExternalSystemKind;
}

export type ContainerKind =
  | 'web-app'
  | 'mobile-app'
  | 'desktop-app'
  | 'cli'
  | 'gateway'
  | 'api'
  | 'service'
  | 'worker'
  | 'scheduler'
  | 'database'
  | 'cache'
  | 'message-broker'
  | 'search-engine'
  | 'vector-store'
  | 'object-storage'
  | 'analytics-store'
  | 'connection-pooler'
  | 'network';

export type ComponentKind =
  | 'router'
  | 'controller'
  | 'service'
  | 'repository'
  | 'adapter'
  | 'event-handler'
  | 'job'
  | 'middleware'
  | 'ui-module';

export interface Component {
  readonly kind: 'component';
  readonly id: string;
  readonly containerId: string;
  readonly name: string;
  readonly componentKind: ComponentKind;
  readonly description: string;
  /** Layer id (see `ArchitectureModel.layers`) this component belongs to. */
  readonly layer?: string;
  /** Entity names this component owns or serves. */
  readonly entities: readonly string[];
}

export interface Container {
  readonly kind: 'container';
  readonly id: string;
  readonly name: string;
  readonly containerKind: ContainerKind;
  /** Technology label, e.g. `Python 3.12 / FastAPI`. */
  readonly technology: string;
  readonly description: string;
  /** Decisions that put this container here. */
  readonly decisionIds: readonly string[];
  readonly holdsPersonalData: boolean;
  /** Whether it is exposed to the internet (drives the threat model). */
  readonly publicFacing: boolean;
}

export interface Relation {
  readonly kind: 'relation';
  /** Id of a person, external system, container or component. */
  readonly from: string;
  readonly to: string;
  readonly description: string;
  readonly technology: string;
  readonly style: 'sync' | 'async';
}

export interface CostLine {
  readonly item: string;
  readonly quantity: number;
  readonly unitMonthlyUsd: number;
  readonly monthlyUsd: number;
  /** Catalog price id the unit price came from. */
  readonly priceId: string;
}

export interface DeploymentNode {
  readonly kind: 'deployment-node';
  readonly id: string;
  readonly name: string;
  readonly technology: string;
  readonly instances: number;
  /** Containers deployed on this node. */
  readonly containerIds: readonly string[];
  readonly children: readonly DeploymentNode[];
}

export interface DeploymentOption {
  readonly kind: 'deployment-option';
  /** `single-server`, `paas`, `iaas` (seed 003's options A, B, C). */
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly nodes: readonly DeploymentNode[];
  readonly costLines: readonly CostLine[];
  readonly monthlyUsd: number;
  /** The date the catalog's prices were read, ISO `YYYY-MM-DD`. */
  readonly priceDate: string;
  readonly fitsBudget: boolean | null;
  readonly pros: readonly string[];
  readonly cons: readonly string[];
  readonly recommended: boolean;
}

// ---- Contracts seam: data model and API endpoints (filled by compose, rendered as SQL and OpenAPI) ----

export type ColumnType =
  | 'uuid'
  | 'text'
  | 'varchar'
  | 'integer'
  | 'bigint'
  | 'numeric'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'jsonb'
  | 'text[]'
  | 'bytea'
  | 'real'
  | 'double';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** For varchar(n) / numeric(p,s). */
  readonly length?: number;
  readonly nullable: boolean;
  readonly unique: boolean;
  /** SQL default expression, already safe (generated, never user text verbatim). */
  readonly default?: string;
  /** Allowed values: rendered as a CHECK constraint and an OpenAPI enum. */
  readonly enumValues?: readonly string[];
  /** CHECK expression in a small closed form: `>= 0`. */
  readonly check?: { readonly op: '>=' | '>' | '<=' | '<'; readonly value: number };
  readonly personalData: boolean;
  readonly description?: string;
  /** Stored encrypted and never returned in API responses (write-only). */
  readonly secret?: boolean;
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly refColumns: readonly string[];
  readonly onDelete: 'cascade' | 'restrict' | 'set null' | 'no action';
}

export interface Index {
  readonly name: string;
  readonly columns: readonly string[];
  readonly method: 'btree' | 'gin';
  readonly unique: boolean;
}

export interface Table {
  readonly kind: 'table';
  readonly name: string;
  /** Entity this table stores; junction tables name both sides. */
  readonly entity: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly indexes: readonly Index[];
  /** Tenant-owned tables get tenant scoping as the tenancy decision says. */
  readonly tenantOwned: boolean;
  readonly softDelete: boolean;
  /** True when the table came from a user's draft and must be kept as written. */
  readonly given: boolean;
}

export interface DataModel {
  readonly tenancy: 'none' | 'row-level' | 'schema-per-tenant' | 'database-per-tenant';
  readonly tables: readonly Table[];
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Endpoint {
  readonly kind: 'endpoint';
  /** Stable operation id, e.g. `listWorkOrders`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path including the version prefix, e.g. `/v1/work-orders/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly entity?: string;
  readonly operation: 'list' | 'create' | 'read' | 'update' | 'delete' | 'action' | 'stream' | 'upload';
  readonly requirementIds: readonly string[];
  /** Container that serves it. */
  readonly containerId: string;
  readonly given: boolean;
  /** List endpoints: columns a client may filter on (each backed by an index). */
  readonly filters?: readonly string[];
  /** List endpoints: columns a client may sort by. */
  readonly sorts?: readonly string[];
  /** Given endpoints: the draft's operation object, dereferenced, kept as written. */
  readonly draft?: Readonly<Record<string, unknown>>;
}

export interface ApiModel {
  readonly style: 'rest' | 'graphql' | 'grpc';
  readonly versionPrefix: string;
  readonly securitySchemes: readonly ('bearer-jwt' | 'api-key' | 'oauth2' | 'oidc' | 'saml')[];
  readonly endpoints: readonly Endpoint[];
  /** JSON property naming: `snake` (`page_size`, default) or `camel` when the user's drafts use it. */
  readonly propertyCase?: 'snake' | 'camel';
}

// ---- Views and qualities ----

export interface Layer {
  readonly id: string;
  readonly name: string;
  /** Folder or file patterns that place code in this layer (used by `archway check`). */
  readonly patterns: readonly string[];
  /** Layer ids this layer may import from. */
  readonly mayDependOn: readonly string[];
  /** Decision whose ADR motivates the layering rule. */
  readonly decisionId: string;
}

export interface Slo {
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly measure: string;
  readonly source: string;
}

export type StrideCategory =
  | 'spoofing'
  | 'tampering'
  | 'repudiation'
  | 'information-disclosure'
  | 'denial-of-service'
  | 'elevation-of-privilege';

export interface Threat {
  readonly containerId: string;
  readonly category: StrideCategory;
  readonly threat: string;
  readonly mitigation: string;
  readonly decisionIds: readonly string[];
}

export interface TraceLink {
  readonly requirementId: string;
  readonly requirement: string;
  readonly decisionIds: readonly string[];
  readonly containerIds: readonly string[];
  readonly endpointIds: readonly string[];
  /** Why a requirement has no endpoint, when it has none. */
  readonly note?: string;
}

export interface PlanTask {
  readonly id: string;
  readonly title: string;
  readonly dependsOn: readonly string[];
  readonly acceptance: readonly string[];
  readonly requirementIds: readonly string[];
}

export interface Epic {
  readonly id: string;
  /** Two-digit order, e.g. `01`. */
  readonly number: string;
  readonly slug: string;
  readonly title: string;
  readonly goal: string;
  readonly dependsOn: readonly string[];
  readonly tasks: readonly PlanTask[];
}

export interface StackItem {
  readonly area: string;
  readonly name: string;
  readonly minVersion: string;
  readonly catalogId: string;
}

/**
 * The architecture model: plain, immutable, serialisable data. The design pipeline builds it
 * from a brief; the review pipeline recovers one from code. Every artifact is rendered from it.
 */
export interface ArchitectureModel {
  readonly kind: 'architecture-model';
  readonly schemaVersion: typeof MODEL_SCHEMA_VERSION;
  readonly origin: 'designed' | 'recovered';
  readonly system: { readonly id: string; readonly name: string; readonly summary: string };
  readonly people: readonly Person[];
  readonly externalSystems: readonly ExternalSystem[];
  readonly containers: readonly Container[];
  readonly components: readonly Component[];
  readonly relations: readonly Relation[];
  readonly deployment: readonly DeploymentOption[];
  readonly decisions: readonly Decision[];
  readonly capacity: CapacityModel;
  readonly dataModel: DataModel;
  readonly api: ApiModel;
  readonly layers: readonly Layer[];
  readonly stack: readonly StackItem[];
  readonly slos: readonly Slo[];
  readonly threats: readonly Threat[];
  readonly traceability: readonly TraceLink[];
  readonly plan: readonly Epic[];
  readonly assumptions: readonly Assumption[];
  readonly questions: readonly Question[];
}
