// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedFile } from '../../src/model/index.js';
import { renderPackage } from '../../src/render/render-package.js';
import { tinyModel } from '../fixtures/tiny-model.js';
import { hostileModel } from './hostile-model.js';

const text = (files: RenderedFile[], p: string) => String(files.find((f) => f.path === p)?.content ?? '');
const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Cells in a Markdown table row, not counting escaped pipes. */
const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

beforeAll(() => mermaid.initialize({ startOnLoad: false }));

describe('renderPackage', () => {
  it('writes all eleven sections of the architecture template, in order', () => {
    const md = text(renderPackage(tinyModel), 'docs/architecture.md');
    const numbered = [...md.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(md).toContain('## Decisions Not Applicable');
    expect(md).toContain('Forty users read little');
  });

  it('writes one MADR record per decision with an ADR, each with a Confirmation section, and an index', () => {
    const files = renderPackage(tinyModel);
    const adrs = files.filter((f) => /^docs\/adr\/ADR-\d{3}-/.test(f.path));
    expect(adrs.map((f) => f.path)).toEqual(tinyModel.decisions.filter((d) => d.adr).map((d) => d.adr!.file));
    for (const f of adrs) expect(String(f.content)).toMatch(/## Decision Drivers[\s\S]*### Confirmation/);
    expect(text(files, 'docs/adr/README.md')).toContain('ADR-003');
  });

  it('lists every other file in the manifest with its SHA-256 and size', () => {
    const files = renderPackage(tinyModel);
    const manifest = JSON.parse(text(files, 'manifest.json')) as { files: { path: string; sha256: string; size: number }[] };
    const others = files.filter((f) => f.path !== 'manifest.json');
    expect(manifest.files.map((e) => e.path)).toEqual(others.map((f) => f.path));
    for (const f of others) {
      const entry = manifest.files.find((e) => e.path === f.path)!;
      expect(entry.sha256).toBe(createHash('sha256').update(f.content).digest('hex'));
      expect(entry.size).toBe(Buffer.byteLength(f.content));
    }
  });

  it('writes the model as JSON with sorted keys that reads back equal', () => {
    const json = text(renderPackage(tinyModel), 'architecture.json');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(tinyModel)));
    expect(json.indexOf('"api"')).toBeLessThan(json.indexOf('"assumptions"'));
  });

  it('refuses two renderers writing the same path', () => {
    const dup = { id: 'dup', render: () => [{ path: 'README.md', content: 'x' }] };
    expect(() => renderPackage(tinyModel, [dup, dup])).toThrow(/README.md/);
  });
});

describe('renderPackage with hostile names', () => {
  const files = renderPackage(hostileModel);

  it('keeps every Mermaid diagram syntactically valid', async () => {
    const blocks = mermaidBlocks(text(files, 'docs/architecture.md'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) await expect(mermaid.parse(block), block).resolves.toBeTruthy();
  });

  it('keeps the clean model\'s diagrams valid too', async () => {
    for (const block of mermaidBlocks(text(renderPackage(tinyModel), 'docs/architecture.md'))) await expect(mermaid.parse(block)).resolves.toBeTruthy();
  });

  it('catches a broken diagram (the check can fail)', async () => {
    await expect(mermaid.parse('flowchart TD\n  a["Order " x"] -->|"a|b"| b')).rejects.toThrow();
  });

  it('keeps Markdown tables rectangular and HTML out', () => {
    for (const f of files.filter((x) => x.path.endsWith('.md'))) {
      const md = String(f.content);
      expect(md, f.path).not.toContain('<script>');
      const lines = md.split('\n');
      lines.forEach((line, i) => {
        if (/^\| --- /.test(line)) {
          const width = cells(lines[i - 1]!);
          for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!), `${f.path}: ${lines[j]}`).toBe(width);
        }
      });
    }
  });

  it('keeps every Structurizr DSL string closed on its line', () => {
    for (const line of text(files, 'workspace.dsl').split('\n')) {
      expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
      expect(line).not.toContain('${');
    }
  });
});
