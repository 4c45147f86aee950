import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchitectureModel, ArchwayIssue, DesignResult, WrittenPackage } from '../../index.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';
import { readInputFiles } from './read-input-files.js';

const HELP = `archway design — design an architecture package from requirement documents or a brief.

Usage: archway design <inputs...> --out DIR [--zip FILE] [--json] [--force]

Inputs are Markdown requirement documents, YAML/JSON briefs, SQL DDL and OpenAPI drafts.
A folder stands for its .md, .yaml, .yml, .json and .sql files.

Options:
  -o, --out DIR    write the package into DIR (replaced as a whole, atomically)
      --zip FILE   also (or instead) write the package as a deterministic ZIP
      --json       print a machine-readable summary instead of text
      --force      replace DIR even if it holds files that are not an Archway package
  -h, --help       show this help

Examples:
  archway design requirements.md --out out/jeex
  archway design brief.yaml --out docs/architecture --zip architecture.zip
  archway design specs/ --out out/fieldservice --json

Exit codes: 0 written, 2 input errors (printed as file:line:col: error CODE: message).
`;

export const designCommand: Command = {
  name: 'design',
  summary: 'Design an architecture package from requirement documents or a brief.',
  help: HELP,
  async run(args, io) {
    let values: { out?: string; zip?: string; json?: boolean; force?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { out: { type: 'string', short: 'o' }, zip: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
      }));
    } catch (error) {
      return fail(io, false, [cliCodes.issue('CLI_USAGE', (error as Error).message)]);
    }
    const json = values.json === true;
    if (positionals.length === 0) return fail(io, json, [cliCodes.issue('CLI_USAGE', 'no input files given')]);
    if (!values.out && !values.zip) return fail(io, json, [cliCodes.issue('CLI_USAGE', 'say where to write the package: --out DIR and/or --zip FILE')]);

    const { files, issues } = await readInputFiles(positionals, io.cwd);
    if (issues.length > 0) return fail(io, json, issues);

    const { design, writePackage, checkConsistency, ArchwayError, formatIssue } = await import('../../index.js');
    let result: DesignResult;
    let written: WrittenPackage;
    let consistency: readonly ArchwayIssue[];
    try {
      result = await design(files);
      // The cheap cross-artifact checks run on every package; `archway verify` adds the contract
      // fields, SQL and OpenAPI validation and the database.
      consistency = await checkConsistency(result.files, { contractFields: false });
      written = await writePackage(result.files, {
        ...(values.out ? { outDir: resolveIn(io, values.out) } : {}),
        ...(values.zip ? { zipPath: resolveIn(io, values.zip) } : {}),
        force: values.force === true,
      });
    } catch (error) {
      if (error instanceof ArchwayError) return fail(io, json, error.issues);
      throw error;
    }
    const summary = summarise(result, written, values.out, consistency);
    if (json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      for (const w of result.issues.filter((i) => i.severity !== 'error')) io.stderr.write(`${formatIssue(w)}\n`);
      for (const c of consistency) io.stderr.write(`${formatIssue(c)}\n`);
      io.stdout.write(humanSummary(summary));
    }
    return consistency.some((c) => c.severity === 'error') ? 1 : 0;
  },
};

function resolveIn(io: CliIO, p: string): string {
  return path.resolve(io.cwd, p);
}

async function fail(io: CliIO, json: boolean, issues: readonly ArchwayIssue[]): Promise<number> {
  if (json) {
    io.stdout.write(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
  } else {
    const { formatIssue } = await import('../../index.js');
    for (const i of issues) io.stderr.write(`${formatIssue(i)}\n`);
  }
  return 2;
}

interface DesignSummary {
  readonly ok: true;
  readonly system: string;
  readonly outDir?: string;
  readonly zipPath?: string;
  readonly files: number;
  readonly decisions: Readonly<Record<string, string>>;
  readonly deployment?: { readonly option: string; readonly monthlyUsd: number; readonly priceDate: string };
  readonly assumed: number;
  readonly questions: readonly string[];
  readonly warnings: number;
  /** Problems the cross-artifact consistency checks found in the written package (none expected). */
  readonly consistency: readonly ArchwayIssue[];
  readonly next: string;
}

const KEY_AREAS = ['architecture-style', 'backend-language', 'backend-framework', 'primary-database', 'multi-tenancy'] as const;

function summarise(result: DesignResult, written: WrittenPackage, outArg: string | undefined, consistency: readonly ArchwayIssue[]): DesignSummary {
  const model: ArchitectureModel = result.model;
  const decisions: Record<string, string> = {};
  for (const area of KEY_AREAS) {
    const d = model.decisions.find((x) => x.id === area);
    if (d) decisions[area] = d.status === 'not-applicable' ? 'not applicable' : d.choice;
  }
  const rec = model.deployment.find((o) => o.recommended) ?? model.deployment[0];
  return {
    ok: true,
    system: model.system.name,
    ...(written.outDir ? { outDir: written.outDir } : {}),
    ...(written.zipPath ? { zipPath: written.zipPath } : {}),
    files: written.files,
    decisions,
    ...(rec ? { deployment: { option: rec.name, monthlyUsd: rec.monthlyUsd, priceDate: rec.priceDate } } : {}),
    assumed: model.assumptions.length,
    questions: model.questions.filter((q) => q.answer === undefined).map((q) => q.id),
    warnings: result.issues.filter((i) => i.severity === 'warning').length,
    consistency,
    next: outArg ? `archway verify ${outArg}` : 'archway verify <package folder>',
  };
}

function humanSummary(s: DesignSummary): string {
  const d = s.decisions;
  const lines = [
    `Designed ${s.system}:`,
    `  style        ${d['architecture-style'] ?? '—'}`,
    `  backend      ${d['backend-language'] ?? '—'} / ${d['backend-framework'] ?? '—'}`,
    `  database     ${d['primary-database'] ?? '—'}`,
    `  tenancy      ${d['multi-tenancy'] ?? '—'}`,
    `  deployment   ${s.deployment ? `${s.deployment.option}, about $${Math.round(s.deployment.monthlyUsd).toLocaleString('en-US')}/month (prices of ${s.deployment.priceDate})` : '—'}`,
    `${s.assumed} fact(s) assumed; ${s.questions.length} open question(s)${s.questions.length ? `: ${s.questions.join(', ')}` : ''} (see docs/about.md).`,
    ...(s.outDir ? [`Wrote ${s.files} files to ${s.outDir}`] : []),
    ...(s.zipPath ? [`Wrote ${s.zipPath}`] : []),
    s.consistency.length === 0
      ? 'Consistency: every artifact agrees (model links, traceability, diagrams, ADR index, manifest).'
      : `Consistency: ${s.consistency.length} problem(s), listed above.`,
    `Next: run \`${s.next}\` to validate the contracts and apply the migrations on PostgreSQL.`,
  ];
  return `${lines.join('\n')}\n`;
}
