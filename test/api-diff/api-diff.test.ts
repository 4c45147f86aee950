import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { apiDiff } from '../../src/index.js';
import { runCli } from '../../src/cli/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/contracts');
const doc = (name: string) => ({ file: name, text: readFileSync(join(FIXTURES, name), 'utf8') });

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  return { io: { stdout, stderr, cwd: FIXTURES, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

describe('apiDiff on the fixture pair', () => {
  it('finds every known breaking change', async () => {
    const { breaking } = await apiDiff(doc('api-old.yaml'), doc('api-new.yaml'));
    const kinds = new Set(breaking.map((c) => `${c.kind} ${c.operation}`));
    for (const expected of [
      'path-removed /v1/legacy-prices',
      'operation-removed DELETE /v1/products/{id}',
      'response-field-removed GET /v1/products/{id}',
      'request-field-required POST /v1/products',
      'parameter-required GET /v1/products',
      'type-changed POST /v1/products',
      'enum-value-removed POST /v1/products',
      'constraint-narrowed POST /v1/products',
      'security-changed GET /v1/products/{id}',
    ]) expect(kinds).toContain(expected);
    expect(breaking.find((c) => c.kind === 'response-field-removed')!.message).toBe("response field 'legacy_code' removed");
    expect(breaking.find((c) => c.kind === 'constraint-narrowed')!.message).toBe('maxLength narrowed from 200 to 100');
  });

  it('lists additions as non-breaking', async () => {
    const { nonBreaking, breaking } = await apiDiff(doc('api-old.yaml'), doc('api-new.yaml'));
    const kinds = nonBreaking.map((c) => `${c.kind} ${c.operation}`);
    expect(kinds).toContain('operation-added POST /v1/products/{id}/archive');
    expect(kinds).toContain('parameter-added GET /v1/products');
    expect(kinds).toContain('request-field-added POST /v1/products');
    expect(kinds).toContain('response-field-added GET /v1/products');
    expect(breaking.some((c) => c.kind.endsWith('-added'))).toBe(false);
  });

  it('reports nothing for identical documents', async () => {
    const same = await apiDiff(doc('api-old.yaml'), doc('api-old.yaml'));
    expect(same).toEqual({ breaking: [], nonBreaking: [] });
  });
});

describe('archway api-diff', () => {
  it('exits 1 on breaking changes and prints them', async () => {
    const t = io();
    expect(await runCli(['api-diff', 'api-old.yaml', 'api-new.yaml'], t.io)).toBe(1);
    expect(t.out()).toContain('Breaking changes: ');
    expect(t.out()).toContain("GET /v1/products/{id}: response field 'legacy_code' removed");
  });

  it('exits 0 when nothing breaks, and prints JSON on request', async () => {
    const t = io();
    expect(await runCli(['api-diff', 'api-old.yaml', 'api-old.yaml', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toEqual({ ok: true, breaking: [], nonBreaking: [] });
  });

  it('exits 2 with a clear error for a document that is not OpenAPI', async () => {
    const t = io();
    expect(await runCli(['api-diff', 'api-old.yaml', '../briefs/jeex-plan.yaml'], t.io)).toBe(2);
    expect(t.err()).toContain('API_DIFF_BAD_DOCUMENT');
    expect(t.err()).toContain('not an OpenAPI 3.x document');
  });
});
