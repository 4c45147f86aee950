import SwaggerParser from '@apidevtools/swagger-parser';
import type { ArchwayIssue } from '../errors/issue.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { checkMigrationRls } from './check-migration-rls.js';
import { checkConsistency, MODEL_FILE, OPENAPI_FILE, packageModel } from './check-consistency.js';
import { migrationPairs } from './migration-files.js';
import { readOpenApiSource, type OpenApiSource } from './openapi-source.js';
import { packageFromRendered, textOf, type PackageFiles } from './package-files.js';
import { verifyCodes } from './verify-codes.js';

export { MODEL_FILE, OPENAPI_FILE, packageModel };

/** Validates the OpenAPI document with swagger-parser (no network, no external refs). */
export async function validateOpenApi(source: OpenApiSource): Promise<ArchwayIssue[]> {
  try {
    if (source.error) throw source.error;
    await SwaggerParser.validate(structuredClone(source.doc) as never, { resolve: { external: false } });
    return [];
  } catch (err) {
    const message = (err as Error).message.replace(process.cwd() + '/', '').split('\n').slice(0, 3).join(' ');
    return [verifyCodes.issue('VERIFY_OPENAPI_INVALID', message, { file: source.file })];
  }
}

/**
 * The cheap checks, no database: migration pairs and row-level security in the SQL, OpenAPI
 * validity, response fields ↔ columns, entities ↔ tables ↔ endpoints, traceability, diagrams ↔
 * containers, ADR index ↔ ADR files, manifest hashes. Takes the files `renderPackage` returned,
 * or a package read from disk. Typically well under 100 ms.
 *
 * @example
 * const issues = await checkPackage(renderPackage(model)); // [] when the package is consistent
 */
export async function checkPackage(input: PackageFiles | readonly RenderedFile[], openapiSource?: OpenApiSource): Promise<ArchwayIssue[]> {
  const files: PackageFiles = input instanceof Map ? input : packageFromRendered(input as readonly RenderedFile[]);
  const issues: ArchwayIssue[] = [];
  const { pairs, issues: pairIssues } = migrationPairs(files);
  issues.push(...pairIssues, ...(await checkMigrationRls(pairs)));
  const text = openapiSource ? undefined : textOf(files, OPENAPI_FILE);
  const openapi = openapiSource ?? (text === undefined ? undefined : readOpenApiSource(OPENAPI_FILE, text));
  if (openapi !== undefined) issues.push(...(await validateOpenApi(openapi)));
  issues.push(...checkConsistency(files, openapi));
  return issues;
}
