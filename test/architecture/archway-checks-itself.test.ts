import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/index.js';

// Archway is its own first customer: `archway check src --config archway.config.json` enforces
// the pipeline's one-way dependencies (docs/adr/ADR-0001) on Archway's own code.
const root = new URL('../..', import.meta.url).pathname;
const configFile = join(root, 'archway.config.json');
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('Archway checks its own architecture', () => {
  it('has no dependency that breaks the stage order, no cycle and no secret in src/', async () => {
    const result = await checkRepository(join(root, 'src'), { configFile, cache: false });
    expect(result.violations.map((v) => `${v.file}:${v.line} ${v.ruleId}: ${v.message}`)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('places every source module in a layer, so no new folder escapes the rules', async () => {
    const result = await checkRepository(join(root, 'src'), { configFile, cache: false });
    const modules = result.analysis.graph.modules.filter((p) => p.endsWith('.ts'));
    const unplaced = modules.filter((p) => !(p in result.analysis.layerOf));
    expect(modules.length).toBeGreaterThan(100);
    expect(unplaced).toEqual([]);
  });

  it('fails when a renderer starts deciding or the model imports a stage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archway-self-'));
    temp.push(dir);
    for (const folder of ['model', 'render', 'decide']) mkdirSync(join(dir, folder));
    writeFileSync(join(dir, 'decide/decide-all.ts'), 'export const decideAll = () => [];\n');
    writeFileSync(join(dir, 'render/readme-renderer.ts'), "import { decideAll } from '../decide/decide-all.js';\nexport const r = decideAll;\n");
    writeFileSync(join(dir, 'model/architecture.ts'), "import { r } from '../render/readme-renderer.js';\nexport const m = r;\n");
    const result = await checkRepository(dir, { config, cache: false });
    expect(result.passed).toBe(false);
    expect(result.violations.map((v) => `${v.file}:${v.line} ${v.ruleId}`).sort()).toEqual([
      'model/architecture.ts:1 stages-flow-one-way',
      'render/readme-renderer.ts:1 stages-flow-one-way',
    ]);
  });
});
