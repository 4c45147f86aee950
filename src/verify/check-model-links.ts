import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import { verifyCodes } from './verify-codes.js';

/**
 * Entities have tables and the endpoints their requirements need; every requirement is traced to
 * an endpoint or a stated reason.
 */
export function checkModelLinks(model: ArchitectureModel, file = 'architecture.json'): ArchwayIssue[] {
  const issues: ArchwayIssue[] = [];
  const tables = new Set(model.dataModel.tables.map((t) => t.entity));
  const endpoints = model.api.endpoints;
  const endpointIds = new Set(endpoints.map((e) => e.id));
  const entities = [...new Set(endpoints.map((e) => e.entity).filter((e): e is string => !!e))].sort();
  for (const entity of entities) {
    if (!tables.has(entity)) issues.push(verifyCodes.issue('VERIFY_ENTITY_TABLE', `entity '${entity}' is served by endpoints but has no table`, { file, path: 'dataModel.tables' }));
  }
  for (const table of model.dataModel.tables) {
    if (table.entity.includes('+')) continue;
    const reqs = new Set(model.traceability.filter((t) => t.endpointIds.length > 0).map((t) => t.requirementId));
    const own = endpoints.filter((e) => e.entity === table.entity);
    const needed = own.some((e) => e.requirementIds.some((r) => reqs.has(r))) || own.length > 0;
    if (needed && !own.some((e) => e.operation === 'read' || e.operation === 'list')) {
      issues.push(verifyCodes.issue('VERIFY_ENTITY_ENDPOINTS', `entity '${table.entity}' has endpoints but none that reads it (list or read)`, { file, path: 'api.endpoints' }));
    }
  }
  for (const [i, link] of model.traceability.entries()) {
    const known = link.endpointIds.filter((id) => endpointIds.has(id));
    const unknown = link.endpointIds.filter((id) => !endpointIds.has(id));
    for (const id of unknown) issues.push(verifyCodes.issue('VERIFY_TRACE', `${link.requirementId} is traced to endpoint '${id}', which does not exist`, { file, path: `traceability.${i}` }));
    if (known.length === 0 && !link.note) {
      issues.push(verifyCodes.issue('VERIFY_TRACE', `${link.requirementId} is traced to no endpoint and states no reason`, { file, path: `traceability.${i}` }));
    }
  }
  return issues;
}
