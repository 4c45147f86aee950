import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchwayIssue } from '../../errors/issue.js';
import type { RenderedFile } from '../../model/rendered-file.js';
// Imported with this module (it is loaded only for a review or a check): the module loader fetches
// them alongside it, and the commands' bundle (review-cli.ts) holds them.
import { loadReviewEngine, type ReviewEngine } from '../../review/review-engine-loader.js';
import { startParsingAhead } from '../../review/start-parsing-ahead.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';

const FORMATS = ['md', 'json', 'sarif', 'mermaid', 'dot', 'graph-json'] as const;

const HELP = `archway review — recover and review the architecture of an existing codebase.

Usage: archway review [path] [--out DIR] [--format FORMAT] [--json]

Reads TypeScript/JavaScript (with the TypeScript compiler) and Python (with a real Python parser),
recovers layers, endpoints, datastores and diagrams, and reports findings with file:line evidence.

Options:
  -o, --out DIR        write the review folder (default: review)
  -f, --format FORMAT  print one output to stdout instead: md, json, sarif, or the dependency
                       graph as mermaid, dot or graph-json
      --json           quiet mode: write the folder and print a JSON summary, no progress
      --cache-dir DIR  where the incremental cache lives (default: <path>/.archway-cache)
      --no-cache       parse every file and write no cache
  -h, --help           show this help

Examples:
  archway review ~/src/some-service --out review/
  archway review . --format sarif > archway.sarif
  archway review . --format mermaid > dependencies.mmd

Exit codes: 0 reviewed (findings do not fail a review; use \`archway check\`), 2 input errors.
`;

export function progressBar(io: CliIO, enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled || !io.stderr.isTTY) return undefined;
  return (done, total) => {
    if (total < 200) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\rparsing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

export function writeIssues(io: CliIO, json: boolean, issues: readonly ArchwayIssue[], format: (i: ArchwayIssue) => string): void {
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
  else for (const i of issues) io.stderr.write(`${format(i)}\n`);
}

/** The repository a review or check runs on, and where its cache is (`--cache-dir`, `--no-cache`). */
export function runTarget(io: CliIO, positionals: readonly string[], values: { readonly 'cache-dir'?: unknown; readonly 'no-cache'?: unknown }): { repo: string; cacheOptions: { cacheDir?: string; cache: boolean } } {
  return {
    repo: path.resolve(io.cwd, positionals[0] ?? '.'),
    cacheOptions: {
      ...(typeof values['cache-dir'] === 'string' ? { cacheDir: path.resolve(io.cwd, values['cache-dir']) } : {}),
      cache: values['no-cache'] !== true,
    },
  };
}

/**
 * Starts the parsing thread when the run will parse every file, then loads the review engine (with
 * the modules `command` needs first), first thing: the thread's start-up overlaps the loading.
 */
export async function loadEngine(command: 'review' | 'check', repo: string, cacheOptions: { readonly cacheDir?: string; readonly cache: boolean }): Promise<ReviewEngine> {
  await startParsingAhead(repo, cacheOptions);
  const engine = await loadReviewEngine();
  engine.preload(command);
  return engine;
}

/**
 * Writes the folder atomically: a sibling temp folder, then one rename over the old one. A file
 * whose content is a kept file of the cache folder (`copyOf`) is copied from there.
 */
function writeFolder(dir: string, files: readonly (RenderedFile & { readonly copyOf?: string })[]): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(tmp, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    if (f.copyOf !== undefined) {
      try {
        copyFileSync(f.copyOf, target);
        continue;
      } catch {
        // the kept file went away (a run of another graph replaced it): its content is rendered
      }
    }
    writeFileSync(target, f.content);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Recover and review the architecture of an existing codebase.',
  help: HELP,
  async run(args, io) {
    let values: { out?: string; format?: string; json?: boolean; 'cache-dir'?: string; 'no-cache'?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args], allowPositionals: true,
        options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, json: { type: 'boolean' }, 'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' } },
      }));
    } catch (error) {
      io.stderr.write(`error CLI_USAGE: ${(error as Error).message}\n  hint: run \`archway review --help\`\n`);
      return 2;
    }
    const { repo, cacheOptions } = runTarget(io, positionals, values);
    const lib = await loadEngine('review', repo, cacheOptions);
    const json = values.json === true;
    const format = values.format as (typeof FORMATS)[number] | undefined;
    if (format !== undefined && !FORMATS.includes(format)) {
      writeIssues(io, json, [cliCodes.issue('CLI_USAGE', `unknown format '${values.format}'`, undefined, `one of ${FORMATS.join(', ')}`)], lib.formatIssue);
      return 2;
    }
    if (positionals.length > 1) {
      writeIssues(io, json, [cliCodes.issue('CLI_USAGE', 'review takes one repository path')], lib.formatIssue);
      return 2;
    }
    const onProgress = progressBar(io, !json && format === undefined);
    // The report's modules load while the analysis waits (for files parsed on a thread, for I/O).
    if (!format) lib.preload('report');
    let result;
    try {
      result = await lib.reviewRepository(repo, { ...cacheOptions, ...(onProgress ? { onProgress } : {}) });
    } catch (error) {
      if (error instanceof lib.ArchwayError) {
        writeIssues(io, json, error.issues, lib.formatIssue);
        return 2;
      }
      throw error;
    }
    if (format) {
      io.stdout.write(await lib.renderReviewFormat(result, format));
      for (const i of result.issues) io.stderr.write(`${lib.formatIssue(i)}\n`);
      return 0;
    }
    const outDir = path.resolve(io.cwd, values.out ?? 'review');
    try {
      writeFolder(outDir, await lib.renderReview(result));
    } catch (error) {
      writeIssues(io, json, [cliCodes.issue('CLI_USAGE', `cannot write ${outDir}: ${(error as Error).message}`, { path: outDir }, 'check that the folder is writable')], lib.formatIssue);
      return 2;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) counts[f.severity] += 1;
    if (json) {
      io.stdout.write(`${JSON.stringify({ ok: true, outDir, stats: result.stats, findings: counts, issues: result.issues }, null, 2)}\n`);
    } else {
      for (const i of result.issues) io.stderr.write(`${lib.formatIssue(i)}\n`);
      io.stdout.write(
        `Reviewed ${result.stats.modules} modules (${result.stats.edges} imports, ${result.analysis.endpoints.length} endpoints): ` +
          `${result.findings.length} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes).\n` +
          `Wrote ${path.relative(io.cwd, path.join(outDir, 'review.md')) || 'review.md'} and ${path.relative(io.cwd, outDir) || '.'}/ (SARIF, JSON, diagrams).\n`,
      );
    }
    return 0;
  },
};
