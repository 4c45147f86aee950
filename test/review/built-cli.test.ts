import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../src/review/parse/cached-require.js';
import { flushCompileCaches } from '../../src/review/parse/compile-cache.js';
import { MIN_FILES_PER_THREAD } from '../../src/review/parse/parse-pool.js';
import { cli } from '../cli/cli-harness.js';
import { plantedExpressService } from './fixtures/express-service.js';
import { writeRepo } from './fixtures/write-repo.js';

// The built CLI is what users run (`npx archway`, bin/archway.js over dist/): it parses on a thread
// from the built worker and loads sucrase's parser from its bundle with V8's code cache. `npm ci`
// builds it (the `prepare` script); after changing the sources, `npm run build`.
const here = resolve(import.meta.dirname, '../..');
const bin = join(here, 'bin/archway.js');
const bundle = join(here, 'dist/vendor/sucrase-parser.cjs');

const temps: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Every file of a folder, by path, as text. */
function filesOf(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, filesOf(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

function runBuilt(args: readonly string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built CLI', () => {
  it('is built (run `npm run build` after changing the sources)', () => {
    expect(existsSync(join(here, 'dist/src/cli/run-cli.js'))).toBe(true);
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(join(here, 'dist/vendor/review-engine.cjs'))).toBe(true);
    expect(existsSync(join(here, 'dist/vendor/review-cli.cjs'))).toBe(true);
  });

  it("runs review and check from the commands' bundle and the engine's", () => {
    const repo = writeRepo(plantedExpressService());
    temps.push(repo);
    // A preloaded script lists, as the run ends, the ES modules and the CommonJS files it loaded.
    const probe = join(temp('archway-probe-'), 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process._rawDebug('LOADED ' + JSON.stringify(Object.keys(require.cache))));\n");
    for (const args of [['check', repo, '--format', 'json'], ['review', repo, '--format', 'json']]) {
      const r = spawnSync(process.execPath, ['--require', probe, bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, XDG_CACHE_HOME: temp('archway-xdg-') } });
      expect(JSON.parse(r.stdout)).toBeTruthy();
      const loaded = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]!) as string[];
      expect(loaded).toContain(join(here, 'dist/vendor/review-cli.cjs'));
      expect(loaded).toContain(join(here, 'dist/vendor/review-engine.cjs'));
    }
  });

  it('reviews with a parsing thread and a code-cached parser exactly as the library does in-process, and survives a corrupt code cache', async () => {
    // Enough files for a parsing thread (MIN_FILES_PER_THREAD): the built worker parses them.
    const extra: Record<string, string> = {};
    for (let i = 0; i < 420; i++) extra[`src/lib/part${i}.ts`] = `import { part${(i + 1) % 420} } from './part${(i + 1) % 420}.js';\nexport const part${i} = (n: number): number => (n > 0 ? part${(i + 1) % 420}(n - 1) : ${i});\n`;
    const repo = writeRepo({ ...plantedExpressService(), ...extra });
    temps.push(repo);
    const xdg = temp('archway-xdg-');
    const expected = temp('archway-expected-');
    const inProcess = await cli(['review', repo, '--json', '--out', expected, '--no-cache'], repo);
    expect(inProcess.code).toBe(0);

    const outs: Record<string, string>[] = [];
    for (let run = 0; run < 3; run++) {
      const out = join(temp('archway-built-'), 'review');
      const r = runBuilt(['review', repo, '--json', '--out', out, '--cache-dir', join(xdg, `repo-cache-${run}`)], { XDG_CACHE_HOME: xdg });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { stats: { parsed: number } }).stats.parsed).toBeGreaterThan(MIN_FILES_PER_THREAD);
      outs.push(filesOf(out));
      const caches = readdirSync(join(xdg, 'archway')).filter((f) => f.startsWith('sucrase-parser-') && f.endsWith('.v8-code-cache'));
      expect(caches).toHaveLength(1);
      const cacheFile = join(xdg, 'archway', caches[0]!);
      expect(statSync(cacheFile).size).toBeGreaterThan(1000);
      // Before the last run, the kept code is damaged: it is rejected, the parser compiled again and the cache rewritten.
      if (run === 1) writeFileSync(cacheFile, 'not compiled code');
    }
    expect(outs[0]).toEqual(filesOf(expected));
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
    const kept = readdirSync(join(xdg, 'archway')).filter((f) => f.startsWith('sucrase-parser-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(xdg, 'archway', kept[0]!), 'utf8')).not.toBe('not compiled code');
  });

  it('checks with YAML and JavaScript configs from its bundled engine exactly as the library does in-process', async () => {
    const xdg = temp('archway-xdg-');
    const rule = { id: 'services-not-routes', kind: 'forbidden', from: { layer: 'services' }, to: { layer: 'routes' }, severity: 'error', comment: 'services never call routes' };
    const base = { 'src/routes/orders.ts': "import { total } from '../services/orders.js';\nexport const list = () => total();\n", 'src/services/orders.ts': "import { list } from '../routes/orders.js';\nexport const total = () => 1;\nexport const again = list;\n" };
    const configs = {
      'archway.config.yaml': `rules:\n  - id: ${rule.id}\n    kind: forbidden\n    from: { layer: services }\n    to: { layer: routes }\n    severity: error\n    comment: ${rule.comment}\n`,
      'archway.config.mjs': `export default ${JSON.stringify({ rules: [rule] })};\n`,
    };
    for (const [name, text] of Object.entries(configs)) {
      const repo = writeRepo({ ...base, [name]: text });
      temps.push(repo);
      const inProcess = await cli(['check', repo, '--format', 'json', '--no-cache'], repo);
      const built = runBuilt(['check', repo, '--format', 'json', '--cache-dir', join(xdg, name)], { XDG_CACHE_HOME: xdg });
      expect(built.stderr, name).toBe('');
      expect(built.status, name).toBe(1);
      expect(inProcess.code, name).toBe(1);
      const violations = (out: string): unknown => (JSON.parse(out) as { violations: unknown }).violations;
      expect(violations(built.stdout), name).toEqual(violations(inProcess.stdout));
      expect(JSON.stringify(violations(built.stdout)), name).toContain(rule.id);
    }
    expect(readdirSync(join(xdg, 'archway')).some((f) => /^review-engine-[0-9a-f]{16}\.v8-code-cache$/.test(f))).toBe(true);
  });

  it("keys its caches by the built modules' sources (digested when it was built) exactly as the built modules do", async () => {
    const repo = writeRepo(plantedExpressService());
    temps.push(repo);
    const cacheDir = join(repo, '.archway-cache');
    expect(runBuilt(['review', repo, '--json', '--out', join(temp('archway-out-'), 'review')], { XDG_CACHE_HOME: temp('archway-xdg-') }).status).toBe(0);
    const kept = (): Record<string, string> => Object.fromEntries(['review-scan.json', 'review-graph.json'].map((f) => [f, readFileSync(join(cacheDir, f), 'utf8')]));
    const before = kept();
    // The built modules (not the bundle) read their sources to key the scan and the graph's results:
    // the same keys, so the kept scan and results serve them and are not written again.
    const builtApi = (await import(join(here, 'dist/src/review/review-api.js'))) as typeof import('../../src/review/review-api.js');
    const review = await builtApi.reviewRepository(repo, { cacheDir });
    expect(review.stats.cached).toBeGreaterThan(0);
    expect(kept()).toEqual(before);
  });

  it('stops quietly when its reader closes the pipe early (`archway review --format graph-json | head`)', async () => {
    // A graph larger than a pipe's buffer: the reader has gone before the last of it is written.
    const parts: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) parts[`src/lib/part${i}.ts`] = `import { part${(i + 1) % 1500} } from './part${(i + 1) % 1500}.js';\nexport const part${i} = ${i};\n`;
    const repo = writeRepo(parts);
    temps.push(repo);
    const child = spawn(process.execPath, [bin, 'review', repo, '--format', 'graph-json', '--no-cache'], { env: { PATH: process.env.PATH, XDG_CACHE_HOME: temp('archway-xdg-') } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('Unhandled');
    expect(status).toBe(0);
  });

  it('exits at once when a run that started its parsing thread ahead never comes to parse', () => {
    const xdg = temp('archway-xdg-');
    const repo = writeRepo({ 'src/a.ts': 'export const a = 1;\n' });
    temps.push(repo);
    for (const args of [['review', join(repo, 'missing')], ['check', join(repo, 'missing')], ['review', repo, '--format', 'bogus']]) {
      // A process kept alive by the thread would be killed at the timeout, with no exit status.
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, XDG_CACHE_HOME: xdg }, timeout: 10_000 });
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/error (REVIEW_PATH_NOT_FOUND|CLI_USAGE)/);
    }
  }, 60_000);

  it("sucrase's bundled parser reads every file of this repository into the same tokens as its modules", () => {
    const require = createRequire(import.meta.url);
    const modules = require('sucrase/dist/parser/index.js') as { parse: (t: string, jsx: boolean, ts: boolean, flow: boolean) => unknown };
    const bundled = require(bundle) as typeof modules & { TokenType: Record<string, number> };
    expect(bundled.TokenType).toEqual((require('sucrase/dist/parser/tokenizer/types.js') as { TokenType: unknown }).TokenType);
    const files = spawnSync('git', ['ls-files', 'src', 'test', 'web/src'], { cwd: here, encoding: 'utf8' }).stdout.split('\n').filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(join(here, f), 'utf8');
      const jsx = f.endsWith('.tsx');
      expect(JSON.stringify(bundled.parse(text, jsx, true, false)), f).toBe(JSON.stringify(modules.parse(text, jsx, true, false)));
    }
  });
});

describe('loading a CommonJS file with V8 code cache', () => {
  it('gives the module its exports and require, and keeps its compiled code once the run flushes', () => {
    const dir = temp('archway-cjs-');
    const xdg = temp('archway-xdg-');
    writeFileSync(join(dir, 'helper.cjs'), 'exports.twice = (x) => x * 2;\n');
    writeFileSync(join(dir, 'main.cjs'), "const { twice } = require('./helper.cjs');\nexports.quad = (x) => twice(twice(x));\nexports.file = __filename;\n");
    const before = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = xdg;
    try {
      const loaded = requireWithCodeCache(join(dir, 'main.cjs'), 'fixture') as { quad(x: number): number; file: string };
      expect(loaded.quad(3)).toBe(12);
      expect(loaded.file).toBe(join(dir, 'main.cjs'));
      // Loaded once: a second call gives the same module.
      expect(requireWithCodeCache(join(dir, 'main.cjs'), 'fixture')).toBe(loaded);
      expect(existsSync(join(xdg, 'archway'))).toBe(false);
      // What an earlier build left: the same name's code is replaced, other names' is kept.
      mkdirSync(join(xdg, 'archway'));
      for (const f of ['fixture-0123456789abcdef.v8-code-cache', 'fixture-other-0123456789abcdef.v8-code-cache', 'typescript-0123456789abcdef.v8-code-cache']) writeFileSync(join(xdg, 'archway', f), 'old');
      flushCompileCaches();
      const kept = readdirSync(join(xdg, 'archway')).sort();
      expect(kept.filter((f) => /^fixture-[0-9a-f]{16}\.v8-code-cache$/.test(f))).toHaveLength(1);
      expect(kept).not.toContain('fixture-0123456789abcdef.v8-code-cache');
      expect(kept).toContain('fixture-other-0123456789abcdef.v8-code-cache');
      expect(kept).toContain('typescript-0123456789abcdef.v8-code-cache');
    } finally {
      if (before === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = before;
    }
  });

  it('is a plain require when the cache is turned off', () => {
    const dir = temp('archway-cjs-');
    const xdg = temp('archway-xdg-');
    writeFileSync(join(dir, 'plain.cjs'), 'exports.value = 7;\n');
    const before = { xdg: process.env.XDG_CACHE_HOME, off: process.env.ARCHWAY_COMPILE_CACHE };
    process.env.XDG_CACHE_HOME = xdg;
    process.env.ARCHWAY_COMPILE_CACHE = 'off';
    try {
      expect((requireWithCodeCache(join(dir, 'plain.cjs'), 'plain') as { value: number }).value).toBe(7);
      flushCompileCaches();
      expect(existsSync(join(xdg, 'archway'))).toBe(false);
    } finally {
      for (const [key, value] of [['XDG_CACHE_HOME', before.xdg], ['ARCHWAY_COMPILE_CACHE', before.off]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
