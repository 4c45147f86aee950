import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import { analyzeRepository, type AnalyzeOptions } from './analyze-repository.js';
import { applySuppressions } from './findings/apply-suppressions.js';
import type { Analysis, AppliedSuppression, Finding, ReviewStats } from './review-types.js';
import { runReviewRules, type RuleOptions } from './rules/run-rules.js';

export interface ReviewOptions extends AnalyzeOptions, RuleOptions {}

export interface ReviewResult {
  readonly analysis: Analysis;
  /** The recovered architecture (`origin: 'recovered'`). */
  readonly model: ArchitectureModel;
  /** Findings left after inline suppressions, sorted by file, line and rule. */
  readonly findings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
  /** Problems reading the repository (unreadable files, syntax errors, cache), never fatal. */
  readonly issues: readonly ArchwayIssue[];
  readonly stats: ReviewStats;
}

/**
 * Reviews a repository: recovers its architecture and reports findings with evidence.
 *
 * @example
 * const review = await reviewRepository('./my-service');
 * review.findings[0]; // { ruleId: 'layer-direction', file: 'src/services/user-service.ts', line: 3, … }
 */
export async function reviewRepository(path: string, options: ReviewOptions = {}): Promise<ReviewResult> {
  const analysis = await analyzeRepository(path, options);
  const { kept, suppressions } = applySuppressions(runReviewRules(analysis, options), analysis.parsed);
  return { analysis, model: analysis.model, findings: kept, suppressions, issues: analysis.issues, stats: analysis.stats };
}
