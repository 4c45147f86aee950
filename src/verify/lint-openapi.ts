import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ArchwayIssue } from '../errors/issue.js';
import { verifyCodes } from './verify-codes.js';

// Spectral is the largest part of verifying a big package (about 2 s of CPU for a 2 MB document).
// It runs on a worker thread of its own, so the consistency checks and the database do not wait
// for it. The worker is plain CommonJS evaluated from this string (see database-worker.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { Spectral, Document } = require(workerData.core);
  const { Yaml } = require(workerData.parsers);
  const { oas } = require(workerData.rulesets);
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas, 'recommended']] });
  const results = await spectral.run(new Document(workerData.text, Yaml, workerData.file));
  parentPort.postMessage({ results: results.map((r) => ({ code: String(r.code), message: r.message, severity: r.severity, path: r.path.map(String), line: r.range.start.line, character: r.range.start.character })) });
})().catch((e) => parentPort.postMessage({ failed: String((e && e.message) || e) }));
`;

interface LintResult { code: string; message: string; severity: number; path: string[]; line: number; character: number }

const require = createRequire(import.meta.url);

export interface RunningLint {
  /** The lint's issues and how long Spectral took, once it is done. */
  readonly done: Promise<{ readonly issues: ArchwayIssue[]; readonly ms: number }>;
  /** Stops the lint when its result is no longer wanted. */
  stop(): Promise<void>;
}

/**
 * Lints an OpenAPI document with Spectral's `oas` ruleset (recommended rules): errors and warnings
 * with their lines. Starts at once on a worker thread; `done` settles when Spectral is through.
 */
export function startSpectralLint(file: string, text: string): RunningLint {
  const workerData = {
    core: require.resolve('@stoplight/spectral-core'),
    parsers: require.resolve('@stoplight/spectral-parsers'),
    rulesets: require.resolve('@stoplight/spectral-rulesets'),
    file,
    text,
  };
  const start = performance.now();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  const results = new Promise<LintResult[]>((resolve, reject) => {
    worker.once('message', (m: { results?: LintResult[]; failed?: string }) => {
      if (m.results) resolve(m.results);
      else reject(new Error(`Spectral failed: ${m.failed}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Spectral worker stopped (exit code ${code})`)));
  });
  const done = results.then((found) => {
    const ms = Math.round(performance.now() - start);
    const issues: ArchwayIssue[] = [];
    for (const r of found) {
      const location = { file, line: r.line + 1, column: r.character + 1, path: r.path.join('.') };
      if (r.severity === 0) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT', `${r.code}: ${r.message}`, location));
      else if (r.severity === 1) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT_WARNING', `${r.code}: ${r.message}`, location));
    }
    return { issues, ms };
  });
  done.catch(() => undefined);
  return { done, stop: async () => { await worker.terminate(); } };
}
