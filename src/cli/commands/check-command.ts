import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult } from '../../review/check/check-repository.js';
import type { Finding } from '../../review/review-types.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';
import { loadEngine, progressBar, runTarget, writeIssues } from './review-command.js';

const HELP = `archway check — enforce the architecture in CI; exit 1 when the code breaks the rules.

Usage: archway check [path] [--config FILE | --from architecture.json] [--update-baseline] [--init]

Rules come from archway.config.{json,yaml,yml,mjs} in the repository, from an architecture.json
written by \`archway design\` (its layers become the allowed dependencies, each rule naming its ADR),
or, when there is neither, from the conventional layering (routes → controllers → services →
repositories), no cycles and no secrets.

Options:
  -c, --config FILE       read the rules from FILE
      --from FILE         derive the rules from an architecture.json written by \`archway design\`
      --baseline FILE     the baseline file (default: <path>/archway-baseline.json)
      --update-baseline   record today's violations so only new ones fail, then exit 0
      --init              write a starter archway.config.json from what the review recovered
      --force             let --init replace an existing archway.config.json
  -f, --format FORMAT     text (default), json or sarif
      --json              same as --format json
      --cache-dir DIR     where the incremental cache lives (default: <path>/.archway-cache)
      --no-cache          parse every file and write no cache
  -h, --help              show this help

Suppress one finding with a reason (listed in the review):
  // archway-ignore <rule-id>: <reason> [ADR-003]      (# archway-ignore … in Python)

Examples:
  archway check
  archway check services/billing --from out/billing/architecture.json
  archway check --update-baseline && git add archway-baseline.json
  archway check --format sarif > archway.sarif

Exit codes: 0 passed, 1 new error-severity violations, 2 input errors.
`;

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function textReport(result: CheckResult, format: (f: Finding) => string): string {
  const lines = result.violations.map(format);
  const errors = result.violations.filter((f) => f.severity === 'error').length;
  const silenced = result.suppressions.reduce((n, s) => n + s.matched, 0);
  lines.push(
    `archway check: ${result.passed ? 'passed' : 'FAILED'} — ${result.violations.length} new violation${result.violations.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}), ` +
      `${result.baselined.length} baselined, ${silenced} suppressed; ${result.analysis.stats.modules} modules, rules from ${result.source}`,
  );
  return `${lines.join('\n')}\n`;
}

const formatFinding = (f: Finding): string =>
  `${f.file}:${f.line}: ${f.severity} ${f.ruleId}: ${f.message}${f.adr ? ` [${f.adr}]` : ''}`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the code against its architecture rules; exit 1 on violations (for CI).',
  help: HELP,
  async run(args, io: CliIO) {
    let values: Record<string, string | boolean | undefined>;
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args], allowPositionals: true,
        options: {
          config: { type: 'string', short: 'c' }, from: { type: 'string' }, baseline: { type: 'string' }, 'update-baseline': { type: 'boolean' },
          init: { type: 'boolean' }, force: { type: 'boolean' }, format: { type: 'string', short: 'f' }, json: { type: 'boolean' },
          'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' },
        },
      }));
    } catch (error) {
      io.stderr.write(`error CLI_USAGE: ${(error as Error).message}\n  hint: run \`archway check --help\`\n`);
      return 2;
    }
    const { repo, cacheOptions } = runTarget(io, positionals, values);
    const lib = await loadEngine('check', repo, cacheOptions);
    const format = values.json ? 'json' : ((values.format as string | undefined) ?? 'text');
    const json = format === 'json';
    const usage = (message: string, hint?: string): number => {
      writeIssues(io, json, [cliCodes.issue('CLI_USAGE', message, undefined, hint)], lib.formatIssue);
      return 2;
    };
    if (!['text', 'json', 'sarif'].includes(format)) return usage(`unknown format '${format}'`, 'one of text, json, sarif');
    if (positionals.length > 1) return usage('check takes one repository path');
    if (values.config && values.from) return usage('give either --config or --from, not both');
    try {
      if (values.init) {
        const target = path.join(repo, 'archway.config.json');
        const review = await lib.reviewRepository(repo, cacheOptions);
        if (existsSync(target) && !values.force) return usage(`${target} already exists`, 'pass --force to replace it');
        writeAtomically(target, `${JSON.stringify(await lib.starterCheckConfig(review.analysis), null, 2)}\n`);
        io.stdout.write(json ? `${JSON.stringify({ ok: true, config: target }, null, 2)}\n` : `Wrote ${path.relative(io.cwd, target) || target}: review its layers and rules, then commit it.\n`);
        return 0;
      }
      const onProgress = progressBar(io, format === 'text');
      const result = await lib.checkRepository(repo, {
        ...cacheOptions,
        ...(typeof values.config === 'string' ? { configFile: path.resolve(io.cwd, values.config) } : {}),
        ...(typeof values.from === 'string' ? { from: path.resolve(io.cwd, values.from) } : {}),
        ...(typeof values.baseline === 'string' ? { baselineFile: path.resolve(io.cwd, values.baseline) } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      if (values['update-baseline']) {
        writeAtomically(result.baselineFile, result.baseline);
        const count = (JSON.parse(result.baseline) as { findings: unknown[] }).findings.length;
        io.stdout.write(json ? `${JSON.stringify({ ok: true, baseline: result.baselineFile, recorded: count }, null, 2)}\n` : `Recorded ${count} violations in ${path.relative(io.cwd, result.baselineFile)}; only new ones fail from now on.\n`);
        return 0;
      }
      if (format === 'sarif') io.stdout.write(await lib.sarifOf(result.violations));
      else if (json) {
        io.stdout.write(`${JSON.stringify({ passed: result.passed, source: result.source, violations: result.violations, baselined: result.baselined.length, suppressions: result.suppressions, issues: result.issues, stats: result.analysis.stats }, null, 2)}\n`);
      } else {
        for (const i of result.issues) io.stderr.write(`${lib.formatIssue(i)}\n`);
        io.stdout.write(textReport(result, formatFinding));
      }
      return result.passed ? 0 : 1;
    } catch (error) {
      if (error instanceof lib.ArchwayError) {
        writeIssues(io, json, error.issues, lib.formatIssue);
        return 2;
      }
      throw error;
    }
  },
};
