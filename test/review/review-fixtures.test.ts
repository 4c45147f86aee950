import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReview, reviewRepository } from '../../src/index.js';
import { REVIEW_RULES } from '../../src/review/rules/rule-catalog.js';
import { cleanExpressService, plantedExpressService } from './fixtures/express-service.js';
import { cleanFastApiService, plantedFastApiService } from './fixtures/fastapi-service.js';
import { plantsIn, writeRepo, type RepoFiles } from './fixtures/write-repo.js';

const roots: string[] = [];
const repo = (files: RepoFiles): string => {
  const root = writeRepo(files);
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const located = (findings: readonly { ruleId: string; file: string; line: number }[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();

describe.each([
  ['layered Express service (TypeScript)', cleanExpressService, plantedExpressService],
  ['layered FastAPI service (Python)', cleanFastApiService, plantedFastApiService],
])('review of a %s', (_name, clean, planted) => {
  it('finds nothing in the clean form', async () => {
    const review = await reviewRepository(repo(clean()));
    expect(located(review.findings)).toEqual([]);
    expect(review.issues).toEqual([]);
  });

  it('reviews identically when the files are parsed on several threads', async () => {
    const root = repo(planted());
    const single = await reviewRepository(root, { cache: false, parseThreads: 0 });
    const threaded = await reviewRepository(root, { cache: false, parseThreads: 2 });
    expect(threaded.analysis.parsed).toEqual(single.analysis.parsed);
    expect(located(threaded.findings)).toEqual(plantsIn(root).map((p) => `${p.ruleId} ${p.file}:${p.line}`).sort());
    expect(await renderReview(threaded)).toEqual(await renderReview(single));
  });

  it('finds every planted problem at its file:line, and nothing else', async () => {
    const root = repo(planted());
    const review = await reviewRepository(root);
    const plants = plantsIn(root);
    expect(located(review.findings)).toEqual(plants.map((p) => `${p.ruleId} ${p.file}:${p.line}`).sort());
    for (const f of review.findings) {
      expect(f.hint.length).toBeGreaterThan(10);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

describe('planted fixtures cover the rule catalogue', () => {
  it('plants every review rule in at least one fixture (async blocking in Python only)', () => {
    const planted = new Set([...plantsIn(repo(plantedExpressService())), ...plantsIn(repo(plantedFastApiService()))].map((p) => p.ruleId));
    expect([...planted].sort()).toEqual(Object.keys(REVIEW_RULES).sort());
  });
});

describe('recovered architecture', () => {
  it('recovers stack, datastores, infrastructure, layers and endpoints of the Express service', async () => {
    const review = await reviewRepository(repo(cleanExpressService()));
    const { scan, endpoints, layerOf } = review.analysis;
    expect(scan.stack.find((s) => s.name === 'Express')).toMatchObject({ kind: 'framework', version: '4.19.2' });
    expect(scan.datastores.map((d) => d.name)).toEqual(['PostgreSQL']);
    expect(scan.infrastructure.map((i) => i.kind).sort()).toEqual(['ci', 'compose', 'dockerfile']);
    expect(scan.files.some((f) => f.path.startsWith('scratch/'))).toBe(false);
    expect(endpoints.map((e) => `${e.method.toUpperCase()} ${e.path} ${e.file}:${e.line}`)).toEqual([
      'GET /v1/orders src/routes/orders.routes.ts:7',
      'POST /v1/orders src/routes/orders.routes.ts:9',
      'GET /v1/orders/{id} src/routes/orders.routes.ts:8',
    ]);
    expect(layerOf['src/controllers/orders.controller.ts']).toBe('controllers');
    expect(review.model.origin).toBe('recovered');
    expect(review.model.api.versionPrefix).toBe('/v1');
    expect(review.model.dataModel).toMatchObject({ tenancy: 'row-level' });
    expect(review.model.containers.map((c) => c.containerKind)).toEqual(['api', 'database']);
  });

  it('recovers FastAPI endpoints with router and include_router prefixes', async () => {
    const review = await reviewRepository(repo(cleanFastApiService()));
    expect(review.analysis.endpoints.map((e) => `${e.method} ${e.path} ${e.handler}`)).toEqual([
      'get /v1/invoices list_invoices',
      'post /v1/invoices create_invoice',
      'get /v1/invoices/{invoice_id} get_invoice',
    ]);
    expect(review.analysis.scan.datastores.map((d) => d.name).sort()).toEqual(['PostgreSQL', 'Redis']);
    expect(review.analysis.scan.stack.find((s) => s.name === 'Python')?.version).toBe('3.12');
    expect(review.model.components.map((c) => c.id)).toContain('services.invoice');
  });
});

describe('review report', () => {
  it('writes review.md in the Architecture Review format with a tech-debt table, redacting secrets', async () => {
    const review = await reviewRepository(repo(plantedExpressService()));
    const files = await renderReview(review);
    const md = String(files.find((f) => f.path === 'review.md')!.content);
    for (const heading of ['## Architecture Review: orders-service', '### Strengths', '### Concerns', '### Recommendations', '### Priority', '| Item | Severity | Effort | Impact |']) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/^1\. 🔴 /m);
    expect(md).toContain('⚠️ **Hard-coded secret**');
    expect(md).toContain('| Hard-coded secret (1) | High | 1 hour | Security |');
    const everything = files.map((f) => String(f.content)).join('\n');
    expect(everything).not.toContain('sk_live_4eC39HqLyjWDarjtT1zdp7dc');
    expect(files.map((f) => f.path)).toEqual([
      'architecture.json', 'c4-components.mmd', 'c4-containers.mmd', 'dependencies.dot', 'dependencies.json', 'dependencies.mmd',
      'review.json', 'review.md', 'review.sarif', 'tech-debt.md', 'workspace.dsl',
    ]);
  });

  it('is deterministic: two runs (cold and cached) render byte-identical files', async () => {
    const root = repo(plantedFastApiService());
    const first = await renderReview(await reviewRepository(root));
    const second = await renderReview(await reviewRepository(root));
    expect(second).toEqual(first);
  });

  it('says what is strong about a clean service', async () => {
    const files = await renderReview(await reviewRepository(repo(cleanFastApiService())));
    const md = String(files.find((f) => f.path === 'review.md')!.content);
    expect(md).toContain('✅ Layers flow one way');
    expect(md).toContain('✅ Every query on a tenant-owned table filters by tenant');
    expect(md).toContain('| None found | Low | — | — |');
  });
});
