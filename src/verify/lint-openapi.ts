import SwaggerParser from '@apidevtools/swagger-parser';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { parse } from 'yaml';
import type { ArchwayIssue } from '../errors/issue.js';
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

/** Validates an OpenAPI document with swagger-parser and lints it with Spectral's `oas` ruleset. */
export async function lintOpenApi(file: string, text: string): Promise<ArchwayIssue[]> {
  const issues: ArchwayIssue[] = [];
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (err) {
    return [verifyCodes.issue('VERIFY_OPENAPI_INVALID', `not YAML: ${(err as Error).message.split('\n')[0]}`, { file })];
  }
  try {
    await SwaggerParser.validate(structuredClone(parsed) as never, { resolve: { external: false } });
  } catch (err) {
    const message = (err as Error).message.replace(process.cwd() + '/', '').split('\n').slice(0, 3).join(' ');
    issues.push(verifyCodes.issue('VERIFY_OPENAPI_INVALID', message, { file }));
  }
  const results = await linter().run(new Document(text, spectralParsers.Yaml, file));
  for (const r of results) {
    const location = { file, line: r.range.start.line + 1, column: r.range.start.character + 1, path: r.path.join('.') };
    if (r.severity === 0) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT', `${r.code}: ${r.message}`, location));
    else if (r.severity === 1) issues.push(verifyCodes.issue('VERIFY_OPENAPI_LINT_WARNING', `${r.code}: ${r.message}`, location));
  }
  return issues;
}
