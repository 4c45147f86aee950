import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { checkContractFields } from './check-contract-fields.js';
import { checkModelLinks } from './check-model-links.js';
import { checkAdrIndex, checkDiagrams, checkManifest } from './check-package-docs.js';
import { readOpenApiSource, type OpenApiSource } from './openapi-source.js';
import { packageFromRendered, textOf, type PackageFiles } from './package-files.js';

export const OPENAPI_FILE = 'contracts/openapi.yaml';
export const MODEL_FILE = 'architecture.json';

const models = new WeakMap<PackageFiles, ArchitectureModel | undefined>();

/** The model a package carries in architecture.json, when it parses; parsed once per package (read it, never change it). */
export function packageModel(files: PackageFiles): ArchitectureModel | undefined {
  if (models.has(files)) return models.get(files);
  const text = textOf(files, MODEL_FILE);
  let model: ArchitectureModel | undefined;
  try {
    const parsed = text === undefined ? undefined : (JSON.parse(text) as ArchitectureModel);
    model = parsed?.kind === 'architecture-model' && parsed.dataModel && parsed.api ? parsed : undefined;
  } catch {
    model = undefined;
  }
  models.set(files, model);
  return model;
}

export interface ConsistencyOptions {
  /**
   * Compare the OpenAPI document's fields with the tables (default true). It parses the whole
   * contract, the one costly step here (about a second for a 200-entity contract), so `design`
   * leaves it to `verify`.
   */
  readonly contractFields?: boolean;
}

/**
 * The checks that every artifact agrees with every other, with no parser beyond YAML: entities ↔
 * tables ↔ endpoints, response fields ↔ columns, traceability, diagrams ↔ containers, ADR index ↔
 * ADR files, manifest hashes. `archway design` runs them on every package it writes; `checkPackage`
 * adds the SQL and OpenAPI validation, and `verifyPackage` the database.
 */
export function checkConsistency(
  input: PackageFiles | readonly RenderedFile[],
  openapiSource?: OpenApiSource,
  options: ConsistencyOptions = {},
): ArchwayIssue[] {
  const files: PackageFiles = input instanceof Map ? input : packageFromRendered(input as readonly RenderedFile[]);
  const issues: ArchwayIssue[] = [];
  const model = packageModel(files);
  if (model) {
    const text = openapiSource || options.contractFields === false ? undefined : textOf(files, OPENAPI_FILE);
    const openapi = openapiSource ?? (text === undefined ? undefined : readOpenApiSource(OPENAPI_FILE, text));
    issues.push(...checkModelLinks(model));
    if (openapi !== undefined) issues.push(...checkContractFields(openapi, model));
    issues.push(...checkDiagrams(files, model));
  }
  issues.push(...checkAdrIndex(files), ...checkManifest(files));
  return issues;
}
