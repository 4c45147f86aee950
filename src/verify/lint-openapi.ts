import { createRequire } from 'node:module';

import type { ArchwayIssue } from '../errors/issue.js';
import { AJV_MEMO, LOCAL_RESOLVER, MODERN_NIMMA, speedupModules } from './spectral-speedups.js';
import { verifyCodes } from './verify-codes.js';
import { WorkerHost } from './worker-host.js';

// Spectral is the largest part of verifying a big package (about 2 s of CPU for a 2 MB document).
// It runs on a worker thread of its own, so the consistency checks and the database do not wait
// for it. The worker is plain CommonJS evaluated from this string (see database-worker.ts), and
// lives for the rest of the process, so Spectral and its ruleset load once. It resolves $refs,
// compiles schemas and walks the document faster than stock Spectral, with the same results (see
// spectral-speedups.ts); without the modules that needs, it runs Spectral as it comes.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${LOCAL_RESOLVER}
${AJV_MEMO}
${MODERN_NIMMA}
try { useModernNimma(workerData.speedups && workerData.speedups.nimma); } catch {}
function fastOptions(m) {
  if (!m) return undefined;
  try {
    memoiseAjvCompile(m.ajv.map((entry) => { const c = require(entry); return c.default || c; }));
    const { createHttpAndFileResolver } = require(m.refResolver);
    const { pathToPointer, pointerToPath } = require(m.json);
    const lib = { ResolveRunner: require(m.runner).ResolveRunner, DepGraph: require(m.depGraph).DepGraph, pathToPointer, pointerToPath };
    if (typeof lib.ResolveRunner !== 'function' || typeof lib.DepGraph !== 'function') return undefined;
    return { resolver: createLocalResolver(createHttpAndFileResolver(), lib) };
  } catch {
    return undefined;
  }
}
let spectral;
parentPort.on('message', async ({ id, file, text }) => {
  try {
    const { Spectral, Document } = require(workerData.core);
    const { Yaml } = require(workerData.parsers);
    if (!spectral) {
      spectral = new Spectral(fastOptions(workerData.speedups));
      spectral.setRuleset({ extends: [[require(workerData.rulesets).oas, 'recommended']] });
    }
    const results = await spectral.run(new Document(text, Yaml, file));
    parentPort.postMessage({ id, results: results.map((r) => ({ code: String(r.code), message: r.message, severity: r.severity, path: r.path.map(String), line: r.range.start.line, character: r.range.start.character })) });
  } catch (e) {
    parentPort.postMessage({ id, error: { message: 'Spectral failed: ' + String((e && e.message) || e) } });
  }
});
`;

interface LintResult { code: string; message: string; severity: number; path: string[]; line: number; character: number }

const require = createRequire(import.meta.url);

export interface RunningLint {
  /** The lint's issues and how long Spectral took, once it is done. */
  readonly done: Promise<{ readonly issues: ArchwayIssue[]; readonly ms: number }>;
}

let host: WorkerHost | undefined;

function lintHost(): WorkerHost {
  const core = require.resolve('@stoplight/spectral-core');
  return new WorkerHost(WORKER_SOURCE, {
    core,
    parsers: require.resolve('@stoplight/spectral-parsers'),
    rulesets: require.resolve('@stoplight/spectral-rulesets'),
    speedups: speedupModules(core),
  });
}

/**
 * Lints an OpenAPI document with Spectral's `oas` ruleset (recommended rules): errors and warnings
 * with their lines. Starts at once on the lint worker (one per process, Spectral loaded once);
 * `done` settles when Spectral is through.
 */
export function startSpectralLint(file: string, text: string): RunningLint {
  host ??= lintHost();
  const start = performance.now();
  const done = host.request({ file, text }).then((reply) => {
    const ms = Math.round(performance.now() - start);
    const issues: ArchwayIssue[] = [];
    for (const r of reply['results'] as LintResult[]) {
      const location = { file, line: r.line + 1, column: r.character + 1, path: r.path.join('.') };
      if (r.severity === 0) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT', `${r.code}: ${r.message}`, location));
      else if (r.severity === 1) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT_WARNING', `${r.code}: ${r.message}`, location));
    }
    return { issues, ms };
  });
  done.catch(() => undefined);
  return { done };
}
