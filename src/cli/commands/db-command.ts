import type { CliIO, Command } from '../cli-io.js';
import { parseServeFlags } from './serve-command.js';

const HELP = `archway db — apply or revert the server's database migrations.

Usage: archway db migrate|rollback [--data-dir DIR]

  migrate    apply every pending migration (the server also does this at start)
  rollback   revert the most recent migration

Uses DATABASE_URL when set, else the PGlite folder (--data-dir, ARCHWAY_DATA_DIR, default .archway/).

Examples:
  archway db migrate
  DATABASE_URL=postgres://postgres@127.0.0.1/archway archway db rollback
`;

export const dbCommand: Command = {
  name: 'db',
  summary: "Apply or revert the server's database migrations.",
  help: HELP,
  async run(args, io: CliIO) {
    const [action, ...rest] = args;
    if (action !== 'migrate' && action !== 'rollback') {
      io.stderr.write(`error CLI_BAD_OPTION: expected 'migrate' or 'rollback', got '${action ?? ''}'\n  hint: archway db --help\n`);
      return 2;
    }
    const flags = parseServeFlags(rest);
    if (typeof flags === 'string') {
      io.stderr.write(`error CLI_BAD_OPTION: ${flags}\n  hint: archway db --help\n`);
      return 2;
    }
    const { loadConfig, openDatabase, migrateToLatest, rollbackOne } = await import('../../server/index.js');
    const config = loadConfig(io.env, flags, io.cwd);
    const database = await openDatabase(config);
    try {
      const outcome = action === 'migrate' ? await migrateToLatest(database.db) : await rollbackOne(database.db);
      if (outcome.error) {
        io.stderr.write(`error DB_MIGRATION_FAILED: ${outcome.error}\n`);
        return 1;
      }
      const verb = action === 'migrate' ? 'applied' : 'reverted';
      io.stdout.write(outcome.applied.length ? `${verb}: ${outcome.applied.join(', ')}\n` : `nothing to ${action === 'migrate' ? 'apply' : 'revert'}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
