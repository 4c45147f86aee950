import { access, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../cli-io.js';
import { cliCodes } from '../cli-codes.js';

const HELP = `archway init — write a commented starter brief.

Usage: archway init [FILE] [--force]

Writes FILE (default: brief.yaml) with every section of a brief, commented, ready to edit.
Refuses to overwrite an existing file unless --force is given.

Options:
      --force      overwrite FILE if it exists
  -h, --help       show this help

Examples:
  archway init
  archway init docs/brief.yaml
  archway init brief.yaml --force && archway design brief.yaml --out docs/architecture
`;

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a commented starter brief.',
  help: HELP,
  async run(args, io) {
    const { STARTER_BRIEF, briefCodes, formatIssue } = await import('../../index.js');
    let values: { force?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { force: { type: 'boolean' } } }));
    } catch (error) {
      io.stderr.write(`${formatIssue(cliCodes.issue('CLI_USAGE', (error as Error).message))}\n`);
      return 2;
    }
    if (positionals.length > 1) {
      io.stderr.write(`${formatIssue(cliCodes.issue('CLI_USAGE', 'init writes one file; give at most one FILE'))}\n`);
      return 2;
    }
    const name = positionals[0] ?? 'brief.yaml';
    const target = path.resolve(io.cwd, name);
    const exists = await access(target).then(() => true, () => false);
    if (exists && values.force !== true) {
      io.stderr.write(`${formatIssue(briefCodes.issue('BRIEF_OUTPUT_EXISTS', `${name} already exists`, { file: name }))}\n`);
      return 2;
    }
    const temp = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temp, STARTER_BRIEF, 'utf8');
      await rename(temp, target);
    } catch (error) {
      io.stderr.write(`${formatIssue(briefCodes.issue('BRIEF_WRITE_FAILED', `cannot write ${name}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { file: name }))}\n`);
      return 2;
    }
    io.stdout.write(`wrote ${name}; edit it, then run \`archway brief ${name}\` or \`archway design ${name} --out docs/architecture\`\n`);
    return 0;
  },
};
