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
  await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
}

export interface RunningArchway {
  readonly url: string;
  close(): Promise<void>;
}

interface ListeningApp {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}

/**
 * Starts the real Archway server (buildApp from src/server) on an ephemeral port of 127.0.0.1,
 * over a temporary PGlite folder, serving the built web app. Resolves to a reason instead when
 * the server cannot be built yet.
 */
export async function startArchway(): Promise<RunningArchway | { skip: string }> {
  let mod: Record<string, unknown>;
  let configMod: Record<string, unknown>;
  try {
    // Resolved at run time: the server is built alongside the web app and may not exist yet.
    const appModule = '../../src/server/build-app.js';
    const configModule = '../../src/server/config.js';
    mod = (await import(/* @vite-ignore */ appModule)) as Record<string, unknown>;
    configMod = (await import(/* @vite-ignore */ configModule)) as Record<string, unknown>;
  } catch (error) {
    return { skip: `the Archway server cannot be loaded yet (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  const buildApp = mod.buildApp as ((deps: unknown) => Promise<ListeningApp>) | undefined;
  const loadConfig = configMod.loadConfig as ((env: Record<string, string | undefined>, flags: object, cwd: string) => unknown) | undefined;
  if (typeof buildApp !== 'function' || typeof loadConfig !== 'function') return { skip: 'src/server has no buildApp or loadConfig yet' };
  const dataDir = mkdtempSync(join(tmpdir(), 'archway-web-'));
  const config = loadConfig(
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
  const app = await buildApp({ config });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address.replace('[::1]', '127.0.0.1'),
    async close() {
      await app.close();
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
