import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchwayIssue, VerifyReport } from '../../index.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';

const HELP = `archway verify — prove a designed package: migrations, tenant isolation, OpenAPI, consistency.

Usage: archway verify <package-dir|package.zip> [--database-url URL] [--json]

Checks:
  consistency       migrations paired, RLS on tenant tables, OpenAPI valid, response fields map to
                    columns, entities have tables and endpoints, requirements traced, diagrams and
                    ADR index match the model, manifest hashes match
  openapi-lint      Spectral's OpenAPI ruleset: zero errors required, warnings listed
  migrations        up → down → up on PostgreSQL; down must restore the schema exactly
  tenant-isolation  row-level: tenant B sees none of tenant A's rows, even without WHERE;
                    schema-per-tenant: one tenant's role cannot read another's schema

Options:
      --database-url URL  use a PostgreSQL server (a throwaway database is created and dropped);
                          DATABASE_URL works too. Default: embedded PostgreSQL (PGlite) in memory.
      --json              print the report as JSON
  -h, --help              show this help

Examples:
  archway verify out/jeex
  archway verify architecture.zip --database-url postgres://postgres@127.0.0.1:5432/postgres
  archway verify out/jeex --json

Exit codes: 0 verified, 1 problems found, 2 bad input.
`;

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Prove a package: migrations up/down/up on PostgreSQL, tenant isolation, OpenAPI lint, consistency.',
  help: HELP,
  async run(args, io) {
    let values: { 'database-url'?: string; json?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { 'database-url': { type: 'string' }, json: { type: 'boolean' } } }));
    } catch (error) {
      return report(io, false, [cliCodes.issue('CLI_USAGE', (error as Error).message)]);
    }
    const json = values.json === true;
    if (positionals.length !== 1) return report(io, json, [cliCodes.issue('CLI_USAGE', 'give exactly one package folder or ZIP')]);
    const { verifyPackage, ArchwayError } = await import('../../index.js');
    const databaseUrl = values['database-url'] ?? io.env['DATABASE_URL'];
    let result: VerifyReport;
    try {
      result = await verifyPackage(path.resolve(io.cwd, positionals[0]!), databaseUrl ? { databaseUrl } : {});
    } catch (error) {
      if (error instanceof ArchwayError) return report(io, json, error.issues);
      throw error;
    }
    if (json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else await printReport(io, result);
    return result.ok ? 0 : 1;
  },
};

async function printReport(io: CliIO, result: VerifyReport): Promise<void> {
  const { formatIssue } = await import('../../index.js');
  const engine = result.engine === 'pglite' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server';
  const lines = result.checks.map((c) => `  ${c.skipped ? 'skip' : c.passed ? 'ok  ' : 'FAIL'}  ${c.id.padEnd(16)} ${c.skipped ? `(${c.skipped})` : `${c.ms} ms`}`);
  io.stdout.write(`archway verify on ${engine}\n${lines.join('\n')}\n`);
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity !== 'error');
  for (const i of [...errors, ...warnings]) io.stdout.write(`${formatIssue(i)}\n`);
  io.stdout.write(`${result.ok ? 'verified' : 'problems found'}: ${errors.length} error(s), ${warnings.length} warning(s)\n`);
}

async function report(io: CliIO, json: boolean, issues: readonly ArchwayIssue[]): Promise<number> {
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
  else {
    const { formatIssue } = await import('../../index.js');
    for (const i of issues) io.stderr.write(`${formatIssue(i)}\n`);
  }
  return 2;
}
