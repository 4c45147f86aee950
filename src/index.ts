// Archway's public entry: a curated list. CLI and server import only from here.

// ---- model ----
export type * from './model/index.js';
export { DECISION_AREAS, MODEL_SCHEMA_VERSION } from './model/index.js';

// ---- errors ----
export { ArchwayError, formatIssue, hasErrors } from './errors/issue.js';
export type { ArchwayIssue, IssueLocation, Severity } from './errors/issue.js';

// ---- brief ----
export { briefSchema, BRIEF_SCHEMA_VERSION } from './brief/brief-schema.js';
export type { Brief, BriefInput } from './brief/brief-schema.js';
export type { InputFile, UnderstoodBrief } from './brief/understood-brief.js';
export { readBrief } from './brief/read-brief.js';
export type { ReadBriefOptions } from './brief/read-brief.js';
export { briefToYaml } from './brief/brief-to-yaml.js';
export { briefJsonSchema } from './brief/brief-json-schema.js';
export { STARTER_BRIEF } from './brief/starter-brief.js';
export { briefCodes } from './brief/brief-codes.js';
export { MAX_INPUT_BYTES as MAX_BRIEF_INPUT_BYTES } from './brief/input-guard.js';

// ---- catalog ----
export { loadCatalog } from './catalog/catalog.js';
export type { Catalog, Price, Technology, TechnologyKind } from './catalog/catalog.js';

// ---- capacity and decisions ----
export { capacityModel } from './capacity/capacity-model.js';
export { findFigure, figureValue } from './capacity/find-figure.js';
export { decideAll } from './decide/decide-all.js';
export { deploymentOptions } from './decide/deployment/deployment-options.js';

// ---- design pipeline ----
export { design, designFromBrief } from './pipeline/design.js';
export type { DesignOptions, DesignResult } from './pipeline/design.js';

// ---- compose, render, package ----
export { composeModel } from './compose/compose-model.js';
export type { ComposeInput } from './compose/compose-model.js';
export { renderPackage } from './render/render-package.js';
export { RENDERERS } from './render/registry.js';
export type { Renderer } from './render/renderer.js';
export { writePackage } from './package/write-package.js';
export type { WritePackageOptions, WrittenPackage } from './package/write-package.js';

// ---- contracts: drafts in, OpenAPI and migrations out, verified (verify and api-diff load lazily) ----
export { ingestDrafts } from './ingest/ingest-drafts.js';
export type { IngestedDrafts } from './ingest/ingest-drafts.js';
export { composeContracts } from './compose/compose-contracts.js';
export { renderOpenApi } from './render/openapi/render-openapi.js';
export { renderMigrations } from './render/sql/render-migrations.js';
export { verifyPackage, checkPackage, checkConsistency, apiDiff } from './verify/verify-api.js';
export type { VerifyOptions, VerifyReport, VerifyCheck } from './verify/verify-package.js';
export type { ConsistencyOptions } from './verify/check-consistency.js';
export type { PackageFiles } from './verify/package-files.js';
export type { ApiChange, ApiDiffResult, ApiDocument } from './api-diff/api-diff.js';

// ---- review and check (implementations load lazily) ----
export {
  reviewRepository, checkRepository, renderReview, renderReviewFormat, sarifOf, starterCheckConfig, baselineFor,
} from './review/review-api.js';
export { confirmationFor, checkConfigFromModel, layerRuleId, NO_CYCLES_RULE_ID } from './review/check/rules-from-architecture.js';
export type { ReviewOptions, ReviewResult } from './review/review-repository.js';
export type { CheckOptions, CheckResult } from './review/check/check-repository.js';
export type { CheckConfig, CheckConfigInput, CheckRule } from './review/check/check-config.js';
export type { Finding, FindingSeverity, AppliedSuppression, RecoveredEndpoint, ReviewStats } from './review/review-types.js';

