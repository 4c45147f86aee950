import type { CliIO, Command } from '../cli-io.js';

const HELP = `archway serve — run the Archway server (API under /api/v1, OpenAPI UI at /docs, the web app at /).

Usage: archway serve [--port N] [--host H] [--data-dir DIR]

Options:
  --port N          port to listen on (env PORT, default 3000)
  --host H          address to bind (env HOST, default 127.0.0.1)
  --data-dir DIR    embedded PostgreSQL (PGlite) folder (env ARCHWAY_DATA_DIR, default .archway/)

Environment:
  DATABASE_URL      use a PostgreSQL server instead of PGlite
  REDIS_URL         share rate limits and the job queue between instances
  ARCHWAY_JWT_SECRET, ARCHWAY_CORS_ORIGINS, LOG_LEVEL, OTEL_EXPORTER_OTLP_ENDPOINT — see docs/server.md

Examples:
  archway serve
  PORT=8080 DATABASE_URL=postgres://archway@db/archway archway serve
`;

export interface ServeFlags {
  port?: number;
  host?: string;
  dataDir?: string;
}

/** Parses `--port`, `--host`, `--data-dir` (also `--flag=value`); returns an error message on a bad flag. */
export function parseServeFlags(args: readonly string[]): ServeFlags | string {
  const flags: ServeFlags = {};
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = (args[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined) return `${name} needs a value`;
    if (name === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be a number from 0 to 65535, got '${value}'`;
      flags.port = port;
    } else if (name === '--host') flags.host = value;
    else if (name === '--data-dir') flags.dataDir = value;
    else return `unknown option '${name}'`;
  }
  return flags;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the multi-tenant Archway server (PGlite by default; DATABASE_URL, REDIS_URL to scale out).',
  help: HELP,
  async run(args, io: CliIO) {
    const flags = parseServeFlags(args);
    if (typeof flags === 'string') {
      io.stderr.write(`error CLI_BAD_OPTION: ${flags}\n  hint: archway serve --help\n`);
      return 2;
    }
    const { loadConfig, startServer } = await import('../../server/index.js');
    const config = loadConfig(io.env, flags, io.cwd);
    let server;
    try {
      server = await startServer(config);
    } catch (err) {
      io.stderr.write(`error SERVER_START_FAILED: ${err instanceof Error ? err.message : String(err)}\n  hint: check DATABASE_URL / --data-dir and that the port is free\n`);
      return 1;
    }
    io.stderr.write(`Archway is listening on ${server.url} (${config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}`}${config.redisUrl ? ', Redis' : ''}); API docs at ${server.url}/docs\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stderr.write('Stopping: finishing in-flight requests…\n');
        void server.stop().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
