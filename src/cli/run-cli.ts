import { createRequire } from 'node:module';
import type { CliIO, Command } from './cli-io.js';
import { ownValue } from '../shared/own-value.js';

/**
 * The review and check commands: their bundle (`npm run build`, see review-cli.ts) when Archway is
 * built, one CommonJS file that loads no ES module — these commands run in the edit loop and in CI,
 * where a run after one changed file takes a fifth of a second and each module costs — else (from
 * the TypeScript sources) their modules.
 */
async function reviewCommands(): Promise<typeof import('./review-cli.js')> {
  const require = createRequire(import.meta.url);
  let bundle: string | undefined;
  try {
    bundle = require.resolve('../../vendor/review-cli.cjs');
  } catch {
    bundle = undefined;
  }
  return bundle ? (require(bundle) as typeof import('./review-cli.js')) : import('./review-cli.js');
}

interface CommandEntry {
  readonly summary: string;
  /** Loaded lazily so `archway design` never pays for the server's or the verifier's imports. */
  readonly load: () => Promise<Command>;
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  design: {
    summary: 'Design an architecture package from requirement documents or a brief.',
    load: async () => (await import('./commands/design-command.js')).designCommand,
  },
  brief: {
    summary: 'Print what Archway understood of the inputs, as an editable brief.',
    load: async () => (await import('./commands/brief-command.js')).briefCommand,
  },
  init: {
    summary: 'Write a commented starter brief.',
    load: async () => (await import('./commands/init-command.js')).initCommand,
  },
  serve: {
    summary: 'Run the multi-tenant Archway server (PGlite by default; DATABASE_URL, REDIS_URL to scale out).',
    load: async () => (await import('./commands/serve-command.js')).serveCommand,
  },
  db: {
    summary: "Apply or revert the server's database migrations (migrate | rollback).",
    load: async () => (await import('./commands/db-command.js')).dbCommand,
  },
  review: {
    summary: 'Recover and review the architecture of an existing codebase (review.md, SARIF, diagrams).',
    load: async () => (await reviewCommands()).reviewCommand,
  },
  check: {
    summary: 'Check the code against its architecture rules; exit 1 on violations (for CI).',
    load: async () => (await reviewCommands()).checkCommand,
  },
  verify: {
    summary: 'Prove a package: migrations up/down/up on PostgreSQL, tenant isolation, OpenAPI lint, consistency.',
    load: async () => (await import('./commands/verify-command.js')).verifyCommand,
  },
  'api-diff': {
    summary: 'Compare two OpenAPI documents; exit 1 on breaking changes (for CI).',
    load: async () => (await import('./commands/api-diff-command.js')).apiDiffCommand,
  },
};

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'archway — requirements in, a verified architecture package out.',
    '',
    'Usage: archway <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `archway <command> --help` for a command\'s options and examples.',
    '',
  ].join('\n');
}

/** Runs the CLI: parses the command word, delegates, and returns the exit code. Never calls `process.exit`. */
export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = ownValue(COMMANDS, name);
  if (!entry) {
    io.stderr.write(`error CLI_UNKNOWN_COMMAND: unknown command '${name}'\n  hint: one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  return command.run(rest, io);
}
