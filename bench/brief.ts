// Prints how long readBrief takes on the examples (cold and warm) and how fast an oversized input is refused.
import { readFileSync, readdirSync } from 'node:fs';
import { loadCatalog, readBrief, type InputFile } from '../src/index.js';

const EX = new URL('../../shared/examples/', import.meta.url).pathname;
const dir = process.env['ARCHWAY_EXAMPLES'] ?? EX;
const sets: Record<string, InputFile[]> = {};
for (const f of readdirSync(dir)) {
  if (f.endsWith('.md') && f !== 'expected.md') sets[f] = [{ path: f, content: readFileSync(dir + f, 'utf8') }];
}
sets['fieldservice/'] = readdirSync(`${dir}fieldservice`).sort().map((f) => ({ path: `fieldservice/${f}`, content: readFileSync(`${dir}fieldservice/${f}`, 'utf8') }));

const catalog = loadCatalog();
let t = performance.now();
await readBrief(sets['jeex-plan.md']!, { catalog });
console.log(`cold first readBrief (regex compilation, parser load): ${(performance.now() - t).toFixed(0)} ms`);
for (const [name, inputs] of Object.entries(sets)) {
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    t = performance.now();
    await readBrief(inputs, { catalog });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${name.padEnd(16)} median ${runs[2]!.toFixed(1)} ms over 5 warm runs`);
}
const big = `# Big\n\n${'- 300 concurrent users at peak.\n'.repeat(1_700_000)}`;
t = performance.now();
const refused = await readBrief([{ path: 'big.md', content: big }], { catalog });
console.log(`50 MB input refused in ${(performance.now() - t).toFixed(1)} ms (${refused.issues[0]?.code})`);
