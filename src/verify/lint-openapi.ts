import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import type { ArchwayIssue } from '../errors/issue.js';
import type { OpenApiSource } from './openapi-source.js';
import { verifyCodes } from './verify-codes.js';

const { Spectral, Document } = spectralCore;

let spectral: InstanceType<typeof Spectral> | undefined;
function linter(): InstanceType<typeof Spectral> {
  if (!spectral) {
    spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
  }
  return spectral;
}

/** Lints an OpenAPI document with Spectral's `oas` ruleset: errors and warnings with their lines. */
export async function spectralLint(source: OpenApiSource): Promise<ArchwayIssue[]> {
  const { file, text } = source;
  const issues: ArchwayIssue[] = [];
  const results = await linter().run(new Document(text, spectralParsers.Yaml, file));
  for (const r of results) {
    const location = { file, line: r.range.start.line + 1, column: r.range.start.character + 1, path: r.path.join('.') };
    if (r.severity === 0) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT', `${r.code}: ${r.message}`, location));
    else if (r.severity === 1) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT_WARNING', `${r.code}: ${r.message}`, location));
  }
  return issues;
}
