import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Generator } from '../../src/server/index.js';
import { REDIS_URL, signupWithOrg, startTestServer, type TestServer } from './test-app.js';
import { readEvents } from './sse-client.js';

/** A stand-in for the design core that waits until released, to observe jobs mid-flight. */
function gatedGenerator() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const generator: Generator = {
    understand: async () => ({ brief: {} as never, provenance: {}, assumptions: [], questions: [], issues: [] }),
    render: async () => {
      await gate;
      return [{ path: 'docs/about.md', content: '# About\n' }, { path: 'README.md', content: '# Readme\n' }];
    },
  };
  return { generator, release };
}

describe('errors, health, metrics, audit', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('pglite', { env: { ARCHWAY_BODY_LIMIT: '2000', ARCHWAY_QUOTA_PROJECTS: '2' } });
  });
  afterAll(async () => s?.close());

  it('answers every failure in one envelope with field paths and a request id, never a stack', async () => {
    const bad = await s.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: 'not-an-email', name: '' } });
    expect(bad.statusCode).toBe(400);
    const e = bad.json().error;
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details.map((d: { path: string }) => d.path)).toContain('body.password');
    expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const big = await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'x'.repeat(5000), password: 'y' }) });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'BODY_TOO_LARGE']);
    const missing = await s.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const unauth = await s.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(unauth.statusCode).toBe(401);
    for (const r of [bad, big, missing, unauth]) expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('sets security headers and serves its OpenAPI document', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/health' });
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await s.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({ status: 'ready', database: 'pglite' });
    const doc = (await s.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toContain('/api/v1/orgs/{orgId}/projects/{projectId}/export');
    expect((await s.app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
  });

  it('enforces the project quota and writes audit rows for successes and failures', async () => {
    const a = await signupWithOrg(s.app);
    const create = (name: string) => s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name } });
    expect((await create('one')).statusCode).toBe(201);
    expect((await create('two')).statusCode).toBe(201);
    const third = await create('three');
    expect([third.statusCode, third.json().error.code]).toEqual([403, 'QUOTA_EXCEEDED']);
    const audit = (await s.app.inject({ method: 'GET', url: `/api/v1/orgs/${a.orgId}/audit?action=createProject`, headers: a.auth })).json().items;
    expect(audit.map((e: { outcome: string }) => e.outcome)).toEqual(['failure', 'success', 'success']);
    expect(audit[0]).toMatchObject({ actorType: 'user', actorId: a.userId, statusCode: 403, requestId: third.headers['x-request-id'] });
    const failures = (await s.app.inject({ method: 'GET', url: `/api/v1/orgs/${a.orgId}/audit?outcome=failure`, headers: a.auth })).json().items;
    expect(failures.length).toBe(1);
  });

  it('exposes Prometheus metrics', async () => {
    const text = (await s.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('archway_http_requests_total');
    expect(text).toContain('archway_http_request_duration_seconds_bucket');
    expect(text).toContain('archway_sse_connections');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and RateLimit headers, stricter on login', async () => {
    const s = await startTestServer('pglite', { env: { ARCHWAY_RATE_AUTH: '3', ARCHWAY_RATE_PROJECT: '4', ARCHWAY_RATE_WINDOW_SECONDS: '86400' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@example.com', password: 'x' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      const a = await signupWithOrg(s.app).catch(() => undefined);
      expect(a).toBeUndefined(); // sign-up shares the strict limit of this client address
    } finally {
      await s.close();
    }
  });

  it('shares per-project limits between two instances through Redis', async () => {
    const prefix = `archway-test-${randomUUID()}:`;
    const s = await startTestServer('pglite', { env: { REDIS_URL, ARCHWAY_REDIS_PREFIX: prefix, ARCHWAY_RATE_PROJECT: '5', ARCHWAY_RATE_WINDOW_SECONDS: '86400' } });
    try {
      const a = await signupWithOrg(s.app);
      const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name: 'limited' } })).json();
      const other = await s.restart();
      const url = `/api/v1/orgs/${a.orgId}/projects/${p.id}`;
      const res = [];
      for (let i = 0; i < 6; i++) res.push(await (i % 2 ? other : s.app).inject({ method: 'GET', url, headers: a.auth }));
      expect(res.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(res[4]!.headers['ratelimit-remaining']).toBe('0');
      expect(Number(res[5]!.headers['retry-after'])).toBeGreaterThan(0);
      expect(res[5]!.headers['ratelimit-limit']).toBe('5');
    } finally {
      await s.close();
    }
  });
});

describe('jobs', () => {
  it('stream resumes from Last-Event-ID over a real connection', async () => {
    const gated = gatedGenerator();
    const s = await startTestServer('pglite', { deps: { generator: gated.generator } });
    try {
      const url = await s.app.listen({ host: '127.0.0.1', port: 0 });
      const a = await signupWithOrg(s.app);
      const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name: 'p', inputs: [{ path: 'a.md', content: '# A' }] } })).json();
      const base = `/api/v1/orgs/${a.orgId}/projects/${p.id}`;
      const job = (await s.app.inject({ method: 'POST', url: `${base}/steps/description/generate`, headers: a.auth })).json();
      const first = await readEvents(`${url}${base}/jobs/${job.id}/events`, a.auth, 1);
      expect(first.map((e) => [e.id, e.event])).toEqual([['1', 'started']]);
      gated.release();
      const rest = await readEvents(`${url}${base}/jobs/${job.id}/events`, { ...a.auth, 'last-event-id': '1' });
      expect(rest.map((e) => e.event)).toEqual(['step', 'section', 'section', 'done']);
      expect(rest[0]!.id).toBe('2');
      const audit = (await s.app.inject({ method: 'GET', url: `/api/v1/orgs/${a.orgId}/audit?action=job.succeeded`, headers: a.auth })).json().items;
      expect(audit).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('survives a restart: a running job is marked failed with a reason, a queued one runs', async () => {
    const gated = gatedGenerator();
    const s = await startTestServer('pglite', { deps: { generator: gated.generator } });
    try {
      const a = await signupWithOrg(s.app);
      const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name: 'p', inputs: [{ path: 'a.md', content: '# A' }] } })).json();
      const base = `/api/v1/orgs/${a.orgId}/projects/${p.id}`;
      const running = (await s.app.inject({ method: 'POST', url: `${base}/steps/description/generate`, headers: a.auth })).json();
      await new Promise((r) => setTimeout(r, 300));
      // A job created while no worker takes it stays queued (a queue that never runs stands for a crash).
      const stalled = { kind: 'in-process' as const, enqueue: async () => undefined, start: () => undefined, close: async () => undefined };
      const crashed = await s.restart({ queue: stalled });
      const queued = (await crashed.inject({ method: 'POST', url: `${base}/steps/plan/generate`, headers: a.auth })).json();
      expect(queued.status).toBe('queued');
      const restarted = await s.restart({ generator: { ...gated.generator, render: async () => [{ path: 'docs/plans/overview.md', content: '# Plan\n' }] } });
      const job = (id: string) => restarted.inject({ method: 'GET', url: `${base}/jobs/${id}`, headers: a.auth }).then((r) => r.json());
      expect(await job(running.id)).toMatchObject({ status: 'failed', error: expect.stringContaining('server stopped') });
      for (let i = 0; i < 50 && (await job(queued.id)).status !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await job(queued.id)).status).toBe('succeeded');
      gated.release();
    } finally {
      await s.close();
    }
  });

  it('runs jobs through BullMQ on Redis when REDIS_URL is set', async () => {
    const prefix = `archway-test-${randomUUID()}:`;
    const s = await startTestServer('postgres', { env: { REDIS_URL, ARCHWAY_REDIS_PREFIX: prefix } });
    try {
      const url = await s.app.listen({ host: '127.0.0.1', port: 0 });
      expect((await s.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({ database: 'postgres', queue: 'bullmq' });
      const a = await signupWithOrg(s.app);
      const content = '# Notes\n\nA small notes app for 50 users. Users write and share notes.';
      const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/projects`, headers: a.auth, payload: { name: 'notes', inputs: [{ path: 'requirements.md', content }] } })).json();
      const base = `/api/v1/orgs/${a.orgId}/projects/${p.id}`;
      const job = (await s.app.inject({ method: 'POST', url: `${base}/steps/rules/generate`, headers: a.auth })).json();
      const events = await readEvents(`${url}${base}/jobs/${job.id}/events`, a.auth);
      expect(events.at(-1)!.event).toBe('done');
      const docs = (await s.app.inject({ method: 'GET', url: `${base}/documents`, headers: a.auth })).json().items;
      expect(docs.map((d: { path: string }) => d.path)).toEqual(['docs/specs.md']);
    } finally {
      await s.close();
    }
  });
});
