import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiChange, ApiDiffResult, ArchwayIssue } from '../../index.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';

const HELP = `archway api-diff — breaking and non-breaking changes between two OpenAPI documents.

Usage: archway api-diff <old.yaml> <new.yaml> [--json]

Breaking: removed path or operation, removed success response or response field, new required
request field or parameter, type or format change, enum value removed, narrowed constraints
(maxLength, minimum, ...), changed security. Everything else is listed as non-breaking.

Options:
      --json   print the changes as JSON
  -h, --help   show this help

Examples:
  archway api-diff contracts/openapi.yaml out/next/contracts/openapi.yaml
  git show main:contracts/openapi.yaml > /tmp/old.yaml && archway api-diff /tmp/old.yaml contracts/openapi.yaml

Exit codes: 0 no breaking change, 1 breaking changes, 2 bad input.
`;

export const apiDiffCommand: Command = {
  name: 'api-diff',
  summary: 'Compare two OpenAPI documents; exit 1 on breaking changes (for CI).',
  help: HELP,
  async run(args, io) {
    let values: { json?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean' } } }));
    } catch (error) {
      return fail(io, false, [cliCodes.issue('CLI_USAGE', (error as Error).message)]);
    }
    const json = values.json === true;
    if (positionals.length !== 2) return fail(io, json, [cliCodes.issue('CLI_USAGE', 'give the old and the new OpenAPI document')]);
    const docs: { file: string; text: string }[] = [];
    for (const p of positionals) {
      try {
        docs.push({ file: p, text: await readFile(path.resolve(io.cwd, p), 'utf8') });
      } catch {
        return fail(io, json, [cliCodes.issue('CLI_USAGE', `cannot read ${p}`)]);
      }
    }
    const { apiDiff, ArchwayError } = await import('../../index.js');
    let result: ApiDiffResult;
    try {
      result = await apiDiff(docs[0]!, docs[1]!);
    } catch (error) {
      if (error instanceof ArchwayError) return fail(io, json, error.issues);
      throw error;
    }
    if (json) io.stdout.write(`${JSON.stringify({ ok: result.breaking.length === 0, ...result }, null, 2)}\n`);
    else {
      const line = (c: ApiChange) => `  ${c.operation}: ${c.message} (${c.path})`;
      io.stdout.write(`Breaking changes: ${result.breaking.length}\n${result.breaking.map(line).join('\n')}${result.breaking.length ? '\n' : ''}`);
      io.stdout.write(`Non-breaking changes: ${result.nonBreaking.length}\n${result.nonBreaking.map(line).join('\n')}${result.nonBreaking.length ? '\n' : ''}`);
    }
    return result.breaking.length > 0 ? 1 : 0;
  },
};

async function fail(io: CliIO, json: boolean, issues: readonly ArchwayIssue[]): Promise<number> {
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
  else {
    const { formatIssue } = await import('../../index.js');
    for (const i of issues) io.stderr.write(`${formatIssue(i)}\n`);
  }
  return 2;
}
