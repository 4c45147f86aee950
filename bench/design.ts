// Times `archway design`: in-process on every example and on a generated large brief (median of
// several runs), and as a cold CLI process (`node bin/archway.js design …`) after `npm run build`.
// Run: npx tsx bench/design.ts [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { design, type InputFile } from '../src/index.js';
import { largeBrief } from './large-brief.js';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const EXAMPLES = path.resolve(ROOT, '../shared/examples');
const RUNS = 7;
const COLD_RUNS = 3;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function inputsOf(name: string): InputFile[] {
  const full = path.join(EXAMPLES, name);
  const files = statSync(full).isDirectory() ? readdirSync(full).sort().map((f) => path.join(name, f)) : [name];
  return files.map((f) => ({ path: f, content: readFileSync(path.join(EXAMPLES, f), 'utf8') }));
}

async function timeInProcess(label: string, inputs: InputFile[]): Promise<void> {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await design(inputs);
    times.push(performance.now() - t);
    files = r.files.length;
  }
  console.log(`${label.padEnd(28)} in-process  median ${median(times).toFixed(1).padStart(7)} ms  (first ${times[0]!.toFixed(1)} ms, ${RUNS} runs, ${files} files)`);
}

function timeCold(label: string, args: string[]): void {
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const out = mkdtempSync(path.join(tmpdir(), 'archway-bench-'));
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/archway.js'), 'design', ...args, '--out', path.join(out, 'pkg')], { encoding: 'utf8' });
    times.push(performance.now() - t);
    rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) {
      console.log(`${label}: cold CLI failed (exit ${r.status}): ${r.stderr.split('\n')[0]}`);
      return;
    }
  }
  console.log(`${label.padEnd(28)} cold CLI    median ${median(times).toFixed(1).padStart(7)} ms  (${COLD_RUNS} runs)`);
}

const work = mkdtempSync(path.join(tmpdir(), 'archway-bench-input-'));
const largePath = path.join(work, 'large-brief.yaml');
writeFileSync(largePath, largeBrief());

for (const name of ['jeex-plan.md', 'berqenas.md', 'nexusflow.md', 'orchestra.md', 'fieldservice']) await timeInProcess(name, inputsOf(name));
await timeInProcess('large (200 entities, 300 FR)', [{ path: 'large-brief.yaml', content: readFileSync(largePath, 'utf8') }]);
console.log('target: large brief under 150 ms in-process');

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) console.log(`npm run build exited ${b.status}; timing whatever dist/ holds`);
}
if (existsSync(path.join(ROOT, 'dist/src/index.js'))) {
  timeCold('jeex-plan.md', [path.join(EXAMPLES, 'jeex-plan.md')]);
  timeCold('large (200 entities, 300 FR)', [largePath]);
  console.log('target: large brief under 1 s cold');
} else console.log('dist/ is missing: run `npm run build` for the cold CLI figures');
rmSync(work, { recursive: true, force: true });
