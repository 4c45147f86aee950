// The review's public surface. Loaded lazily so `archway design` never pays for review's modules.
import type { CheckOptions, CheckResult } from './check/check-repository.js';
import type { CheckConfigInput } from './check/check-config.js';
import type { RenderedFile } from '../model/rendered-file.js';
import type { GraphFormat } from './report/graph-formats.js';
import type { Analysis, Finding } from './review-types.js';
import type { ReviewOptions, ReviewResult } from './review-repository.js';

/**
 * Starts loading the modules a review, a check or the review's report needs, without waiting: their
 * reads overlap whatever the caller does next.
 */
export function preload(what: 'review' | 'check' | 'report'): void {
  const loading = what === 'review' ? import('./review-repository.js') : what === 'check' ? import('./check/check-repository.js') : import('./report/render-review.js');
  loading.catch(() => undefined);
}

/**
 * Reviews a repository: recovers its architecture (origin `recovered`) and reports findings with
 * rule id, severity, `file:line` evidence and a fix hint.
 *
 * @example
 * const review = await reviewRepository('./my-service');
 * review.findings[0]; // { ruleId: 'layer-direction', file: 'src/repositories/orders.ts', line: 2, … }
 */
export async function reviewRepository(path: string, options?: ReviewOptions): Promise<ReviewResult> {
  return (await import('./review-repository.js')).reviewRepository(path, options);
}

/** Checks a repository against its architecture rules (config file, architecture.json or conventions). */
export async function checkRepository(path: string, options?: CheckOptions): Promise<CheckResult> {
  return (await import('./check/check-repository.js')).checkRepository(path, options);
}

/** The `review/` folder's files: review.md, tech-debt.md, review.json, review.sarif, diagrams, graphs. */
export async function renderReview(result: ReviewResult): Promise<RenderedFile[]> {
  return (await import('./report/render-review.js')).renderReview(result);
}

/** One review output for stdout: `md`, `json`, `sarif`, or the dependency graph as `mermaid`, `dot` or `graph-json`. */
export async function renderReviewFormat(result: ReviewResult, format: 'md' | 'json' | 'sarif' | GraphFormat | 'graph-json'): Promise<string> {
  const report = await import('./report/render-review.js');
  if (format === 'md') return (await import('./report/review-markdown.js')).reviewMarkdown(result);
  if (format === 'json') return report.reviewJson(result);
  if (format === 'sarif') return (await import('./report/sarif-report.js')).sarifReport(result.findings, { toolVersion: report.ARCHWAY_VERSION });
  const { renderGraph } = await import('./report/graph-formats.js');
  return renderGraph(result.analysis.graph, result.analysis.layerOf, format === 'graph-json' ? 'json' : format);
}

/** SARIF 2.1.0 for any findings (check violations included). */
export async function sarifOf(findings: readonly Finding[], extraRules?: readonly { id: string; title: string; hint: string; severity: Finding['severity'] }[]): Promise<string> {
  const { sarifReport } = await import('./report/sarif-report.js');
  const { ARCHWAY_VERSION } = await import('./report/render-review.js');
  return sarifReport(findings, { toolVersion: ARCHWAY_VERSION, ...(extraRules ? { extraRules } : {}) });
}

/** `archway check --init`: a starter config from what the review recovered. */
export async function starterCheckConfig(analysis: Analysis): Promise<CheckConfigInput> {
  return (await import('./check/starter-config.js')).starterConfig(analysis);
}

/** The baseline file's content for a set of findings. */
export async function baselineFor(findings: readonly Finding[]): Promise<string> {
  return (await import('./findings/baseline.js')).baselineOf(findings);
}
