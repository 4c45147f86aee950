import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchwayIssue } from '../../errors/issue.js';
import { analyzeRepository, type AnalyzeOptions } from '../analyze-repository.js';
import { DEFAULT_CACHE_DIR } from '../parse/cache-file.js';
import { applySuppressions } from '../findings/apply-suppressions.js';
import { baselineOf, readBaseline, splitByBaseline } from '../findings/baseline.js';
import { DEFAULT_LAYERS, type LayerConvention } from '../recover/assign-layers.js';
import type { Analysis, AppliedSuppression, Finding } from '../review-types.js';
import { REVIEW_RULES } from '../rules/rule-catalog.js';
import { compareFindings, runReviewRules } from '../rules/run-rules.js';
import type { CheckConfig, CheckConfigInput } from './check-config.js';
import { findCheckConfig } from './check-config-file.js';
import { cachedConfig, storeConfig } from './config-cache.js';
import { evaluateCheckRules } from './evaluate-check-rules.js';
import { defaultCheckConfig } from './starter-config.js';

export interface CheckOptions extends Pick<AnalyzeOptions, 'cacheDir' | 'cache' | 'onProgress'> {
  /** A config object (takes precedence over files). */
  readonly config?: CheckConfigInput;
  /** An explicit config file; otherwise `archway.config.{json,yaml,yml,mjs}` in the repository. */
  readonly configFile?: string;
  /** Derive the rules from an `architecture.json` written by `archway design`. */
  readonly from?: string;
  /** Baseline file; default `<repo>/archway-baseline.json`. */
  readonly baselineFile?: string;
}

export interface CheckResult {
  readonly analysis: Analysis;
  readonly config: CheckConfig;
  /** Where the rules came from: a config file, an architecture.json, or the conventions. */
  readonly source: string;
  /** Violations not in the baseline and not suppressed: these decide the exit code. */
  readonly violations: readonly Finding[];
  /** Violations the baseline already records. */
  readonly baselined: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
  readonly issues: readonly ArchwayIssue[];
  /** The content `--update-baseline` writes: every current (unsuppressed) violation. */
  readonly baseline: string;
  readonly baselineFile: string;
  /** True when no new violation has severity `error`. */
  readonly passed: boolean;
}

async function resolveConfig(root: string, options: CheckOptions): Promise<{ config: CheckConfig; source: string }> {
  // The config schema (zod), the YAML reader and the architecture reader load only when needed.
  if (options.config) return { config: (await import('./check-config.js')).parseCheckConfig(options.config, '(options)'), source: 'options' };
  if (options.from) {
    const { checkConfigFromModel, readArchitecture } = await import('./rules-from-architecture.js');
    return { config: checkConfigFromModel(readArchitecture(resolve(options.from))), source: options.from };
  }
  const file = options.configFile ? resolve(options.configFile) : findCheckConfig(root);
  if (!file) return { config: defaultCheckConfig(), source: 'conventions' };
  const text = options.cache !== false && !/\.[cm]?js$/.test(file) ? readText(file) : undefined;
  if (text === undefined) {
    const loaded = (await (await import('./check-config.js')).loadCheckConfig(root, file))!;
    return { config: loaded.config, source: loaded.file };
  }
  // A JSON or YAML config parsed on an earlier run is kept by its text (see config-cache.ts).
  const cacheDir = resolve(root, options.cacheDir ?? DEFAULT_CACHE_DIR);
  const kept = cachedConfig(cacheDir, file, text);
  if (kept.config) return { config: kept.config, source: file };
  const config = await (await import('./check-config.js')).parseCheckConfigText(file, text);
  if (kept.key) storeConfig(cacheDir, kept.key, config);
  return { config, source: file };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function conventionsFor(config: CheckConfig): readonly LayerConvention[] {
  return config.conventions ? DEFAULT_LAYERS : [];
}

/**
 * Checks a repository against its architecture rules, for CI: rules from a config file, from a
 * designed `architecture.json`, or the conventional layering. New error-severity violations (not
 * in the baseline, not suppressed with a reason) make `passed` false.
 *
 * @example
 * const result = await checkRepository('.', { from: 'out/shop/architecture.json' });
 * result.passed; // false
 * result.violations[0]; // { ruleId: 'layer/routes', file: 'src/routes/orders.ts', line: 4, adr: 'docs/adr/ADR-001-architecture-style.md', … }
 */
export async function checkRepository(path: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = resolve(path);
  const { config, source } = await resolveConfig(root, options);
  const conventions = conventionsFor(config);
  const analysis = await analyzeRepository(root, { ...options, layers: config.layers, conventions });
  const reviewRules = config.rules.filter((r) => r.kind === 'review' && r.severity !== 'off');
  const wanted = new Map(reviewRules.map((r) => [r.kind === 'review' ? r.rule : '', r]));
  wanted.set('suppression-without-reason', wanted.get('suppression-without-reason') ?? { id: 'suppression-without-reason', kind: 'review', rule: 'suppression-without-reason', severity: 'error', comment: REVIEW_RULES['suppression-without-reason'].hint });
  // Only the review rules the config asks for run.
  const fromReview = runReviewRules(analysis, { conventions: conventions.length ? conventions : DEFAULT_LAYERS }, new Set(wanted.keys()))
    .map((f): Finding => {
      const rule = wanted.get(f.ruleId)!;
      return { ...f, ruleId: rule.id, severity: rule.severity === 'off' ? 'info' : rule.severity, ...(rule.adr ? { adr: rule.adr } : {}) };
    });
  const all = [...evaluateCheckRules(analysis, config.rules), ...fromReview].sort(compareFindings);
  const { kept, suppressions } = applySuppressions(all, analysis.parsed);
  const baselineFile = resolve(root, options.baselineFile ?? 'archway-baseline.json');
  const { fresh, known } = splitByBaseline(kept, readBaseline(baselineFile));
  let baseline: string | undefined;
  return {
    analysis, config, source, violations: fresh, baselined: known, suppressions, issues: analysis.issues,
    // Written out only by --update-baseline.
    get baseline(): string {
      return (baseline ??= baselineOf(kept));
    },
    baselineFile, passed: !fresh.some((f) => f.severity === 'error'),
  };
}
