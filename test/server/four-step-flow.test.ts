import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, signupWithOrg, startTestServer, type Session, type TestServer } from './test-app.js';
import { readEvents } from './sse-client.js';

const requirements = readFileSync('/work/shared/examples/jeex-plan.md', 'utf8');

describe.each(ENGINES)('a project through the four steps to a ZIP (%s)', (engine) => {
  let s: TestServer;
  let a: Session;
  let base: string;
  let url: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    url = await s.app.listen({ host: '127.0.0.1', port: 0 });
    a = await signupWithOrg(s.app, 'architect');
    const res = await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name: 'JEEX Plan', inputs: [{ path: 'requirements.md', content: requirements }] } });
    expect(res.statusCode).toBe(201);
    base = `/api/v1/orgs/${a.orgId}/projects/${res.json().id}`;
  });
  afterAll(async () => s?.close());

  const get = (path: string) => s.app.inject({ method: 'GET', url: `${base}${path}`, headers: a.auth });
  const post = (path: string, payload?: object) => s.app.inject({ method: 'POST', url: `${base}${path}`, headers: a.auth, ...(payload ? { payload } : {}) });

  async function generate(step: string) {
    const res = await post(`/steps/${step}/generate`);
    expect(res.statusCode).toBe(202);
    const job = res.json();
    const events = await readEvents(`${url}${base}/jobs/${job.id}/events`, a.auth);
    return { job, events };
  }

  it('understands the inputs and exposes the questions', async () => {
    const brief = (await get('/brief')).json();
    expect(brief.understood).not.toBeNull();
    expect(Array.isArray(brief.questions)).toBe(true);
    const project = (await get('')).json();
    expect(project.steps.map((st: { step: string; status: string }) => `${st.step}:${st.status}`)).toEqual(['description:not-started', 'architecture:not-started', 'plan:not-started', 'rules:not-started']);
  });

  it('generates each step as a job whose progress streams as typed events', async () => {
    for (const step of ['description', 'architecture', 'plan', 'rules']) {
      const { events } = await generate(step);
      const types = events.map((e) => e.event);
      expect(types[0]).toBe('started');
      expect(types).toContain('step');
      expect(types).toContain('section');
      expect(types.at(-1)).toBe('done');
      expect(events.map((e) => Number(e.id))).toEqual(events.map((_, i) => i + 1));
    }
    const docs = (await get('/documents')).json().items as { path: string; step: string }[];
    const byStep = (step: string) => docs.filter((d) => d.step === step).map((d) => d.path);
    expect(byStep('description')).toEqual(['README.md', 'docs/about.md']);
    expect(byStep('architecture')).toContain('docs/architecture.md');
    expect(byStep('architecture').some((p) => p.startsWith('docs/adr/'))).toBe(true);
    expect(byStep('plan').every((p) => p.startsWith('docs/plans/'))).toBe(true);
    expect(byStep('plan').length).toBeGreaterThan(0);
    expect(byStep('rules')).toEqual(['docs/specs.md']);
    const project = (await get('')).json();
    expect(project.steps.every((st: { status: string }) => st.status === 'done')).toBe(true);
  });

  it('regenerating with unchanged inputs changes nothing; an edit is a new version with a diff and restore', async () => {
    const { job } = await generate('description');
    const done = (await get(`/jobs/${job.id}`)).json();
    expect(done.status).toBe('succeeded');
    expect(done.result.documents.every((d: { change: string }) => d.change === 'unchanged')).toBe(true);

    const about = ((await get('/documents')).json().items as { id: string; path: string }[]).find((d) => d.path === 'docs/about.md')!;
    const v1 = (await get(`/documents/${about.id}`)).json();
    const edited = `${v1.content}\nA line the architect added.\n`;
    const saved = await post(`/documents/${about.id}/versions`, { content: edited });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ version: 2, source: 'edited' });
    const diff = (await get(`/documents/${about.id}/diff?from=1&to=2`)).json();
    expect(diff.unified).toContain('+A line the architect added.');
    expect(diff.hunks[0].lines).toContain('+A line the architect added.');
    const restored = await post(`/documents/${about.id}/restore`, { version: 1 });
    expect(restored.json()).toMatchObject({ version: 3, source: 'restored', sha256: v1.sha256 });
    expect((await get(`/documents/${about.id}`)).json()).toMatchObject({ activeVersion: 3, content: v1.content });
    expect((await get(`/documents/${about.id}/versions`)).json().items.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
  });

  it('after the brief changes, regenerating reports which documents changed', async () => {
    const changed = requirements.replace(/# .*/, '# JEEX Plan\n\nThe platform must also support 2000 concurrent users and offline editing.');
    const put = await s.app.inject({ method: 'PUT', url: `${base}/inputs`, headers: a.auth, payload: { path: 'requirements.md', content: changed } });
    expect(put.statusCode).toBe(200);
    expect((await get('')).json().steps.find((st: { step: string }) => st.step === 'architecture').status).toBe('stale');
    const { job } = await generate('architecture');
    const result = (await get(`/jobs/${job.id}`)).json().result;
    const changes = result.documents.map((d: { change: string }) => d.change);
    expect(changes).toContain('changed');
  });

  it('searches the project memory with ranked snippets', async () => {
    const res = (await get('/search?q=architecture')).json();
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items[0].snippet).toContain('<mark>');
    expect((await get('/search?q=zzzqqqnonexistentword')).json().items).toEqual([]);
  });

  it('exports the active versions as a ZIP in the package layout with front matter and a manifest', async () => {
    const res = await get('/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files).sort();
    expect(names).toContain('jeex-plan/README.md');
    expect(names).toContain('jeex-plan/docs/about.md');
    expect(names).toContain('jeex-plan/docs/architecture.md');
    expect(names).toContain('jeex-plan/docs/specs.md');
    expect(names.some((n) => n.startsWith('jeex-plan/docs/plans/'))).toBe(true);
    const manifest = JSON.parse(strFromU8(files['jeex-plan/manifest.json']!));
    const docs = (await get('/documents')).json().items as { id: string; path: string; activeVersion: number; sha256: string }[];
    expect(manifest.documents.map((d: { path: string }) => d.path)).toEqual(docs.map((d) => d.path).sort((x, y) => x.localeCompare(y)));
    for (const entry of manifest.documents) {
      const doc = docs.find((d) => d.id === entry.id)!;
      expect(entry.version).toBe(doc.activeVersion);
      expect(entry.sha256).toBe(doc.sha256);
      const bytes = files[`jeex-plan/${entry.path}`]!;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.fileSha256);
    }
    const about = strFromU8(files['jeex-plan/docs/about.md']!);
    const front = parse(/^---\n([\s\S]*?)---\n/.exec(about)![1]!);
    expect(front.archway).toMatchObject({ path: 'docs/about.md', step: 'description', version: 3 });
    // The same versions export byte-identical archives.
    expect(Buffer.compare((await get('/export')).rawPayload, res.rawPayload)).toBe(0);
  });
});
