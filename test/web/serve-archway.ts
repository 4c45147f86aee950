import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = join(repoRoot, 'web');
const distIndex = join(webDir, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist with Vite when it is missing or older than the web app's sources. */
export async function ensureWebBuilt(): Promise<void> {
  const sources = Math.max(newestMtime(join(webDir, 'src')), statSync(join(webDir, 'index.html')).mtimeMs);
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sources) return;
  const { build } = await import('vite');
  // Vite follows NODE_ENV, which a test run sets to "test": the bundle must be the production one.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export interface RunningArchway {
  readonly url: string;
  close(): Promise<void>;
}

interface ServerModule {
  loadConfig(env: Record<string, string | undefined>, flags: { port?: number; host?: string; dataDir?: string }, cwd?: string): unknown;
  startServer(config: unknown): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * Starts the real Archway server (src/server: open the database, migrate, buildApp, listen) on an
 * ephemeral port of 127.0.0.1 over a temporary PGlite folder, serving the built web app. Resolves
 * to a reason instead when the server cannot be loaded.
 */
export async function startArchway(): Promise<RunningArchway | { skip: string }> {
  let server: Partial<ServerModule>;
  try {
    // Resolved at run time, so the web app's checks do not depend on the server compiling.
    const serverModule = '../../src/server/index.js';
    server = (await import(/* @vite-ignore */ serverModule)) as Partial<ServerModule>;
  } catch (error) {
    return { skip: `the Archway server cannot be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  if (typeof server.startServer !== 'function' || typeof server.loadConfig !== 'function') return { skip: 'src/server exports no startServer or loadConfig' };
  const dataDir = mkdtempSync(join(tmpdir(), 'archway-web-'));
  const config = server.loadConfig(
    {
      ARCHWAY_WEB_DIST: join(webDir, 'dist'),
      ARCHWAY_RATE_AUTH: '1000',
      ARCHWAY_RATE_GLOBAL: '100000',
      ARCHWAY_SSE_HEARTBEAT_MS: '2000',
      LOG_LEVEL: 'warn',
    },
    { dataDir, port: 0, host: '127.0.0.1' },
    repoRoot,
  );
  const running = await server.startServer(config);
  return {
    url: running.url.replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1'),
    async close() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
