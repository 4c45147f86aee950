import type { ArchwayIssue } from '../errors/issue.js';
import type { ApiDiffResult, ApiDocument } from '../api-diff/api-diff.js';
import type { RenderedFile } from '../model/rendered-file.js';
import type { ConsistencyOptions } from './check-consistency.js';
import type { PackageFiles } from './package-files.js';
import type { VerifyOptions, VerifyReport } from './verify-package.js';

// Public entry points of verify and api-diff. Implementations load on first use, so importing the
// library (or running `archway design`) never pays for PGlite, pg, Spectral or the SQL parser.

/** See `verify-package.ts`: migrations up/down/up on PostgreSQL, tenant isolation, lint, consistency. */
export async function verifyPackage(input: string | PackageFiles | readonly RenderedFile[], options: VerifyOptions = {}): Promise<VerifyReport> {
  return (await import('./verify-package.js')).verifyPackage(input, options);
}

/**
 * The cheap checks without a database (tens of milliseconds once loaded): pass the files
 * `renderPackage(model)` returned; an empty list means consistent.
 */
export async function checkPackage(input: PackageFiles | readonly RenderedFile[]): Promise<ArchwayIssue[]> {
  return (await import('./check-package.js')).checkPackage(input);
}

/**
 * The consistency checks alone (no SQL parser, no OpenAPI validator, no database): what
 * `archway design` runs on every package it writes. An empty list means every artifact agrees.
 */
export async function checkConsistency(input: PackageFiles | readonly RenderedFile[], options: ConsistencyOptions = {}): Promise<ArchwayIssue[]> {
  return (await import('./check-consistency.js')).checkConsistency(input, undefined, options);
}

/** See `api-diff.ts`: breaking versus non-breaking changes between two OpenAPI documents. */
export async function apiDiff(before: ApiDocument, after: ApiDocument): Promise<ApiDiffResult> {
  return (await import('../api-diff/api-diff.js')).apiDiff(before, after);
}
