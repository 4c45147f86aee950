import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { design, type InputFile } from '../../src/index.js';

const EXAMPLES = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/examples');

function inputsOf(name: string): InputFile[] {
  const full = path.join(EXAMPLES, name);
  const files = statSync(full).isDirectory() ? readdirSync(full).sort().map((f) => path.join(name, f)) : [name];
  return files.map((f) => ({ path: f, content: readFileSync(path.join(EXAMPLES, f), 'utf8') }));
}

const EXAMPLE_INPUTS = ['jeex-plan.md', 'berqenas.md', 'nexusflow.md', 'orchestra.md', 'fieldservice'];

describe.each(EXAMPLE_INPUTS)('design(%s)', (name) => {
  it('produces a consistent package: every requirement traced, an ADR per applicable decision, every file in the manifest', async () => {
    const { model, files } = await design(inputsOf(name));
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const t of model.traceability) expect(t.endpointIds.length > 0 || (t.note ?? '').length > 0, t.requirementId).toBe(true);
    for (const d of model.decisions.filter((x) => x.status !== 'not-applicable')) expect(paths).toContain(d.adr!.file);
    const manifest = JSON.parse(String(files.find((f) => f.path === 'manifest.json')!.content)) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(paths.filter((p) => p !== 'manifest.json'));
    const md = String(files.find((f) => f.path === 'docs/architecture.md')!.content);
    expect([...md.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(model.plan.at(-1)!.slug).toBe('testing');
    expect(model.deployment.filter((o) => o.recommended)).toHaveLength(1);
    for (const o of model.deployment) {
      const placed = new Set<string>();
      const walk = (n: (typeof o.nodes)[number]): void => { n.containerIds.forEach((id) => placed.add(id)); n.children.forEach(walk); };
      o.nodes.forEach(walk);
      for (const id of placed) expect(model.containers.map((c) => c.id), `${o.id} places ${id}`).toContain(id);
    }
  });

  it('is deterministic: the same inputs give byte-identical files', async () => {
    const a = await design(inputsOf(name));
    const b = await design(inputsOf(name));
    expect(b.files).toEqual(a.files);
  });
});

describe('design across the examples', () => {
  it('chooses microservices only where teams deploy independently', async () => {
    const nexus = await design(inputsOf('nexusflow.md'));
    const jeex = await design(inputsOf('jeex-plan.md'));
    expect(nexus.model.containers.filter((c) => c.containerKind === 'service').length).toBeGreaterThan(1);
    expect(jeex.model.containers.filter((c) => c.containerKind === 'service')).toHaveLength(0);
    expect(jeex.model.containers.filter((c) => c.containerKind === 'api')).toHaveLength(1);
  });
});
