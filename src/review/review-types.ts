import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel, HttpMethod } from '../model/architecture.js';

export type SourceLanguage = 'typescript' | 'javascript' | 'python';

/** A file found by the scan: a POSIX path relative to the repository root. */
export interface ScannedFile {
  readonly path: string;
  /** Set for files Archway parses; other files are only counted and read by the scan detectors. */
  readonly language?: SourceLanguage;
}

export interface StackFact {
  readonly kind: 'language' | 'framework' | 'library' | 'tool';
  readonly name: string;
  readonly version: string;
  /** The manifest it was read from. */
  readonly source: string;
}

export interface DatastoreFact {
  readonly kind: 'database' | 'cache' | 'message-broker' | 'search-engine' | 'object-storage' | 'vector-store';
  readonly name: string;
  readonly source: string;
}

export interface InfrastructureFact {
  readonly kind: 'dockerfile' | 'compose' | 'kubernetes' | 'terraform' | 'ci' | 'helm' | 'serverless';
  readonly path: string;
}

export interface ScanResult {
  readonly root: string;
  readonly files: readonly ScannedFile[];
  readonly languages: readonly { readonly name: string; readonly files: number }[];
  readonly stack: readonly StackFact[];
  readonly datastores: readonly DatastoreFact[];
  readonly infrastructure: readonly InfrastructureFact[];
  readonly testFiles: readonly string[];
  readonly issues: readonly ArchwayIssue[];
}

export type ImportKind = 'import' | 'export' | 'require' | 'dynamic' | 'import-equals' | 'type-reference';

export interface RawImport {
  readonly specifier: string;
  readonly line: number;
  readonly kind: ImportKind;
  readonly typeOnly: boolean;
  /** Local names bound by the import (used to follow router mounts). */
  readonly names: readonly string[];
}

/** What a route handler does, as far as the parser can tell. */
export interface HandlerFacts {
  /** Lines of database calls or SQL made directly in the handler. */
  readonly dataAccessLines: readonly number[];
  /** Line and reason when the handler branches or loops like business logic. */
  readonly logic?: { readonly line: number; readonly reason: string };
  /** Whether the handler reads pagination parameters (limit, offset, page, cursor…). */
  readonly paginated: boolean;
}

export interface RawRoute {
  readonly framework: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly line: number;
  readonly handler: string;
  readonly facts: HandlerFacts;
}

/** `app.use('/v1/users', usersRouter)`: a prefix given to routes of an imported module. */
export interface RawMount {
  readonly prefix: string;
  /** The local name the mounted router is bound to, e.g. `usersRouter` or `users` of `users.router`. */
  readonly name: string;
  readonly line: number;
}

export interface RawQuery {
  readonly line: number;
  readonly table: string;
  readonly tenantFiltered: boolean;
}

export interface Suppression {
  readonly line: number;
  readonly ruleId: string;
  readonly reason: string;
  readonly adr?: string;
}

export interface SecretHit {
  readonly line: number;
  readonly column: number;
  readonly name: string;
  /** The value with all but its first characters hidden; the full value is never stored. */
  readonly redacted: string;
}

/** Everything the review reads from one source file. Cached by content hash. */
export interface ParsedFile {
  readonly path: string;
  readonly hash: string;
  readonly language: SourceLanguage;
  readonly lines: number;
  readonly imports: readonly RawImport[];
  readonly routes: readonly RawRoute[];
  /** Prefix declared for all routes of this file (APIRouter(prefix=), Blueprint(url_prefix=), @Controller()). */
  readonly routePrefix: string;
  readonly mounts: readonly RawMount[];
  readonly queries: readonly RawQuery[];
  /** Tables this file declares as tenant-owned (a model or DDL with a tenant column). */
  readonly tenantTables: readonly string[];
  readonly blockingCalls: readonly { readonly line: number; readonly call: string; readonly fn: string }[];
  readonly secrets: readonly SecretHit[];
  readonly suppressions: readonly Suppression[];
  /** Suppression comments without a reason. */
  readonly badSuppressions: readonly { readonly line: number; readonly ruleId: string }[];
  readonly syntaxError?: { readonly line: number; readonly message: string };
}

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
  readonly kind: ImportKind;
  /** True when every import between the two modules is type-only. */
  readonly typeOnly: boolean;
}

export interface ModuleGraph {
  /** Parsed modules, sorted. */
  readonly modules: readonly string[];
  /** Local edges, sorted by from, to. */
  readonly edges: readonly Edge[];
  /** Bare specifiers that did not resolve to a local file, per module. */
  readonly external: Readonly<Record<string, readonly string[]>>;
}

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly hint: string;
  /** Stable across line moves: rule, file and the evidence itself. Used by baselines and SARIF. */
  readonly fingerprint: string;
  /** Further locations, e.g. the other modules of a cycle. */
  readonly related?: readonly { readonly file: string; readonly line: number; readonly message: string }[];
  /** The ADR that motivated the rule (check rules derived from an architecture). */
  readonly adr?: string;
}

export interface AppliedSuppression extends Suppression {
  readonly file: string;
  /** How many findings it silenced. */
  readonly matched: number;
}

export interface RecoveredEndpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly framework: string;
  readonly file: string;
  readonly line: number;
  readonly handler: string;
}

export interface ReviewStats {
  readonly files: number;
  readonly modules: number;
  readonly edges: number;
  readonly parsed: number;
  readonly cached: number;
}

export interface Analysis {
  readonly scan: ScanResult;
  readonly parsed: readonly ParsedFile[];
  readonly graph: ModuleGraph;
  /** Module path → layer id (only modules that fall in a layer). */
  readonly layerOf: Readonly<Record<string, string>>;
  readonly endpoints: readonly RecoveredEndpoint[];
  /** Tables with a tenant column (code models and SQL DDL), lower-case: the code is multi-tenant when any exist. */
  readonly tenantTables: readonly string[];
  readonly model: ArchitectureModel;
  readonly stats: ReviewStats;
  readonly issues: readonly ArchwayIssue[];
}
