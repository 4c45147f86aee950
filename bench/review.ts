// Benchmarks `archway review` and `archway check` against dependency-cruiser 17 on the same tree.
// Usage: npx tsx bench/review.ts [repo]   (no repo: a synthetic ~3,000-file TypeScript repo, then this repository)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticRepo } from './synthetic-repo.js';

const here = resolve(import.meta.dirname, '..');
const tsxLoader = join(here, 'node_modules/tsx/dist/loader.mjs');

interface Run {
  readonly wallMs: number;
  readonly maxRssMb: number;
  readonly out: string;
}

/** Runs a command under /usr/bin/time -v: wall time and the child's peak resident memory. */
function timed(args: readonly string[], cwd: string): Run {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - start;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  if (r.status !== 0) process.stderr.write(r.stderr.split('\n\tCommand being timed')[0]!.slice(-3000));
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return { wallMs, maxRssMb: rss ? Number(rss) / 1024 : NaN, out: r.stdout };
}

function archway(mode: 'review' | 'check', repo: string, cacheDir: string, edgesFile?: string): Run & { inProcessMs: number; parsed: number } {
  const run = timed(['node', '--import', tsxLoader, join(here, 'bench/review-child.ts'), mode, repo, cacheDir, ...(edgesFile ? [edgesFile] : [])], here);
  const data = JSON.parse(run.out) as { ms: number; parsed: number };
  return { ...run, inProcessMs: data.ms, parsed: data.parsed };
}

function depcruise(repo: string, work: string): Run & { edges: Set<string> } {
  const config = join(work, 'depcruise.config.cjs');
  const tsConfig = existsSync(join(repo, 'tsconfig.json')) ? { tsConfig: { fileName: join(repo, 'tsconfig.json') } } : {};
  writeFileSync(config, `module.exports = ${JSON.stringify({
    forbidden: [],
    options: {
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(node_modules|dist|build|coverage|\\.git|\\.archway-cache|review)/|\\.d\\.[cm]?ts$' },
      tsPreCompilationDeps: true,
      ...tsConfig,
      moduleSystems: ['es6', 'cjs', 'tsd'],
      enhancedResolveOptions: {
        exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'],
        extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'],
      },
    },
  })};\n`);
  const out = join(work, 'depcruise.json');
  const run = timed(['node', join(here, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '-c', config, '-T', 'json', '-f', out, '.'], repo);
  if (!existsSync(out)) throw new Error(`dependency-cruiser wrote no output:\n${run.out.slice(-2000)}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as { modules: { source: string; dependencies: { resolved: string; couldNotResolve: boolean; coreModule: boolean }[] }[] };
  const source = /\.([cm]?[jt]sx?)$/;
  const edges = new Set<string>();
  for (const m of result.modules) {
    if (!source.test(m.source) || m.source.includes('node_modules')) continue;
    for (const d of m.dependencies) {
      if (d.couldNotResolve || d.coreModule || d.resolved.includes('node_modules') || !source.test(d.resolved) || /\.d\.[cm]?ts$/.test(d.resolved) || d.resolved === m.source) continue;
      edges.add(`${m.source}>${d.resolved}`);
    }
  }
  return { ...run, edges };
}

const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

function touchOne(repo: string, edgesFile: string): string {
  const first = readFileSync(edgesFile, 'utf8').split('\n')[0]!.split('>')[0]!;
  appendFileSync(join(repo, first), '\n// touched by the benchmark\n');
  return first;
}

function bench(repo: string, label: string): void {
  const work = mkdtempSync(join(tmpdir(), 'archway-bench-'));
  const cacheDir = join(work, 'cache');
  const edgesFile = join(work, 'archway-edges.txt');
  console.log(`\n## ${label}: ${repo}`);
  const cold = archway('review', repo, cacheDir, edgesFile);
  const cached = archway('review', repo, cacheDir);
  const touchedFile = touchOne(repo, edgesFile);
  const touched = archway('review', repo, cacheDir);
  rmSync(cacheDir, { recursive: true, force: true });
  const checkCold = archway('check', repo, cacheDir);
  const checkCached = archway('check', repo, cacheDir);
  appendFileSync(join(repo, touchedFile), '// touched again\n');
  const checkTouched = archway('check', repo, cacheDir);
  const dc = depcruise(repo, work);
  const dcAgain = depcruise(repo, work);
  const ours = new Set(readFileSync(edgesFile, 'utf8').split('\n').filter(Boolean));
  const found = [...dc.edges].filter((e) => ours.has(e)).length;
  const missing = [...dc.edges].filter((e) => !ours.has(e));
  const extra = [...ours].filter((e) => !dc.edges.has(e));
  const rows = [
    ['archway review, cold', cold], ['archway review, fully cached', cached], ['archway review, one file touched', touched],
    ['archway check, cold', checkCold], ['archway check, fully cached', checkCached], ['archway check, one file touched', checkTouched],
  ] as const;
  console.log('| Run | Process wall time | In-library time | Files parsed | Peak RSS |');
  console.log('|-----|------------------:|----------------:|-------------:|---------:|');
  for (const [name, r] of rows) console.log(`| ${name} | ${fmtMs(r.wallMs)} | ${fmtMs(r.inProcessMs)} | ${r.parsed} | ${r.maxRssMb.toFixed(0)} MB |`);
  console.log(`| dependency-cruiser 17, run 1 | ${fmtMs(dc.wallMs)} | — | all | ${dc.maxRssMb.toFixed(0)} MB |`);
  console.log(`| dependency-cruiser 17, run 2 | ${fmtMs(dcAgain.wallMs)} | — | all | ${dcAgain.maxRssMb.toFixed(0)} MB |`);
  console.log('');
  console.log(`- cold wall-time ratio (dependency-cruiser / archway review): ${(dc.wallMs / cold.wallMs).toFixed(1)}× (target ≥ 5×)`);
  console.log(`- one changed file: ${fmtMs(touched.wallMs)} process wall, ${fmtMs(touched.inProcessMs)} in-library (target < 0.3 s)`);
  console.log(`- peak memory: archway ${cold.maxRssMb.toFixed(0)} MB vs dependency-cruiser ${dc.maxRssMb.toFixed(0)} MB = ${((cold.maxRssMb / dc.maxRssMb) * 100).toFixed(0)}% (target < 50%)`);
  console.log(`- resolved local edges: dependency-cruiser ${dc.edges.size}, archway ${ours.size}; archway finds ${found} of dependency-cruiser's = ${dc.edges.size ? ((found / dc.edges.size) * 100).toFixed(2) : '100.00'}% (target ≥ 99%)`);
  if (missing.length) console.log(`  - first edges archway misses: ${missing.slice(0, 5).join(', ')}`);
  if (extra.length) console.log(`  - ${extra.length} edges only archway resolves, e.g. ${extra.slice(0, 3).join(', ')}`);
  rmSync(work, { recursive: true, force: true });
}

const arg = process.argv[2];
if (arg) bench(resolve(arg), 'Repository');
else {
  const synthetic = mkdtempSync(join(tmpdir(), 'archway-synthetic-'));
  const count = writeSyntheticRepo(synthetic);
  bench(synthetic, `Synthetic TypeScript repository (${count} files)`);
  rmSync(synthetic, { recursive: true, force: true });
  const copy = mkdtempSync(join(tmpdir(), 'archway-self-'));
  spawnSync('git', ['-C', here, 'archive', '--format=tar', '-o', join(copy, 'self.tar'), 'HEAD']);
  spawnSync('tar', ['-xf', 'self.tar'], { cwd: copy });
  rmSync(join(copy, 'self.tar'));
  bench(copy, 'This repository (committed tree, copied so touching a file changes nothing here)');
  rmSync(copy, { recursive: true, force: true });
}
