import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchwayIssue, UnderstoodBrief } from '../../index.js';
import type { CliIO, Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';
import { readInputFiles } from './read-input-files.js';

const HELP = `archway brief — print what Archway understood of the inputs, as an editable brief.

Usage: archway brief <inputs...> [--json] [--out FILE]

Inputs are Markdown requirement documents, YAML/JSON briefs, SQL DDL and OpenAPI drafts; several
inputs merge into one brief. The brief is printed as commented YAML: the assumptions Archway made
and the questions it would ask come first, stated facts follow, and an \`answers:\` section is ready
to fill in. Run the command again on the edited file to apply the answers.

Options:
      --json       print {brief, assumptions, questions, provenance, issues} as JSON
  -o, --out FILE   write to FILE (atomically) instead of standard output
  -h, --help       show this help

Examples:
  archway brief requirements.md
  archway brief specs/functional_requirements.md specs/database_schema.md --out brief.yaml
  archway brief brief.yaml --json

Exit codes: 0 understood, 2 input errors (printed as file:line:col: error CODE: message).
`;

async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
}

function printIssues(io: CliIO, issues: readonly ArchwayIssue[], format: (i: ArchwayIssue) => string): void {
  for (const i of issues) io.stderr.write(`${format(i)}\n`);
}

export const briefCommand: Command = {
  name: 'brief',
  summary: 'Print what Archway understood of the inputs, as an editable brief.',
  help: HELP,
  async run(args, io) {
    const { readBrief, briefToYaml, formatIssue, hasErrors } = await import('../../index.js');
    let values: { json?: boolean; out?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string', short: 'o' } } }));
    } catch (error) {
      printIssues(io, [cliCodes.issue('CLI_USAGE', (error as Error).message)], formatIssue);
      return 2;
    }
    if (positionals.length === 0) {
      printIssues(io, [cliCodes.issue('CLI_USAGE', 'no input files given; try `archway brief requirements.md`')], formatIssue);
      return 2;
    }
    const read = await readInputFiles(positionals, io.cwd);
    if (read.issues.length > 0) {
      printIssues(io, read.issues, formatIssue);
      return 2;
    }
    const understood: UnderstoodBrief = await readBrief(read.files);
    const failed = hasErrors(understood.issues);
    if (values.json) {
      const { brief, assumptions, questions, provenance, issues } = understood;
      io.stdout.write(`${JSON.stringify(failed ? { issues } : { brief, assumptions, questions, provenance, issues }, null, 2)}\n`);
      return failed ? 2 : 0;
    }
    printIssues(io, understood.issues, formatIssue);
    if (failed) return 2;
    const text = briefToYaml(understood);
    if (!values.out) {
      io.stdout.write(text);
      return 0;
    }
    const target = path.resolve(io.cwd, values.out);
    try {
      await writeAtomic(target, text);
    } catch (error) {
      const { briefCodes } = await import('../../index.js');
      printIssues(io, [briefCodes.issue('BRIEF_WRITE_FAILED', `cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { file: values.out })], formatIssue);
      return 2;
    }
    io.stderr.write(`wrote ${values.out}: ${understood.assumptions.length} assumptions, ${understood.questions.filter((q) => q.answer === undefined).length} open questions\n`);
    return 0;
  },
};
