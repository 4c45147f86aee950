import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { ApiModel, DataModel } from '../model/architecture.js';
import type { Decision } from '../model/decision.js';
import { contractSettings } from './contracts/contract-settings.js';
import { endpointsFromModel } from './contracts/endpoints-from-model.js';
import { tableIndexes } from './contracts/table-indexes.js';
import { tablesFromBrief } from './contracts/tables-from-brief.js';
import { operationSchemas, schemaFields } from '../ingest/draft-conflicts.js';

export interface ComposeContractsOptions {
  /** Container id that serves the API endpoints (default `api`). */
  readonly apiContainerId?: string;
}

/** The version prefix the drafts use (`/v2/...` → `/v2`, unversioned drafts → ``), or `/v1` when there are none. */
function versionPrefix(paths: readonly string[]): string {
  if (paths.length === 0) return '/v1';
  const firsts = new Set(paths.map((p) => /^\/(v\d+)(\/|$)/.exec(p)?.[1] ?? ''));
  const [only] = firsts;
  return firsts.size === 1 && only ? `/${only}` : '';
}

/** `camel` when the user's API draft names its fields in camelCase, so generated schemas match it. */
function propertyCase(operations: UnderstoodBrief['brief']['drafts']['operations']): 'snake' | 'camel' {
  const fields = operations.flatMap((o) => operationSchemas(o.operation).flatMap(schemaFields));
  return fields.some((f) => /[a-z][A-Z]/.test(f)) ? 'camel' : 'snake';
}

/**
 * Derives the data model (tables) and API endpoints from entities, requirements, drafts and decisions.
 *
 * Example: an entity `WorkOrder` with `belongs-to Site` gives table `work_orders` (`id`, `site_id`
 * → `sites(id) ON DELETE CASCADE`, `created_at`, `updated_at`, index on `site_id`) and endpoints
 * `GET/POST /v1/sites/{siteId}/work-orders`, `GET/PATCH/DELETE /v1/work-orders/{id}`.
 */
export function composeContracts(
  understood: UnderstoodBrief,
  decisions: readonly Decision[],
  options: ComposeContractsOptions = {},
): { dataModel: DataModel; api: ApiModel } {
  const brief = understood.brief;
  const settings = contractSettings(brief, decisions);
  const tables = tablesFromBrief(brief, settings.tenancy);
  const prefix = versionPrefix(brief.drafts.operations.map((o) => o.path));
  const endpoints = endpointsFromModel({ brief, tables, settings, prefix, containerId: options.apiContainerId ?? 'api' });
  return {
    dataModel: { tenancy: settings.tenancy, tables: tables.map((t) => ({ ...t, indexes: tableIndexes(t, endpoints) })) },
    api: { style: settings.style, versionPrefix: prefix, securitySchemes: settings.securitySchemes, endpoints, propertyCase: propertyCase(brief.drafts.operations) },
  };
}
