import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type RouteDef } from '../../src/server/index.js';
import { signupWithOrg, startTestServer, type Session, type TestServer } from './test-app.js';

const BODIES: Record<string, object> = {
  setMemberRole: { role: 'viewer' },
  createInvitation: { email: 'x@example.com', role: 'viewer' },
  createApiKey: { name: 'k', scopes: ['project:read'] },
  createProject: { name: 'intruder' },
  updateProject: { name: 'renamed' },
  putInput: { path: 'x.md', content: '# x' },
  putAnswers: { answers: { a: 'b' } },
  saveVersion: { content: 'overwritten' },
  restoreVersion: { version: 1 },
};
const QUERIES: Record<string, string> = { deleteInput: '?path=requirements.md', diffVersions: '?from=1&to=1', search: '?q=architecture' };

describe('cross-tenant: every organization route with another tenant ids and credentials', () => {
  let s: TestServer;
  let a: Session;
  let b: Session;
  let aKey: string;
  const ids: Record<string, string> = {};
  const secrets: string[] = [];

  beforeAll(async () => {
    s = await startTestServer('pglite');
    a = await signupWithOrg(s.app, 'alice');
    b = await signupWithOrg(s.app, 'bob');
    aKey = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${a.orgId}/api-keys`, headers: a.auth, payload: { name: 'all', scopes: ['project:read', 'project:write', 'job:run', 'audit:read'] } })).json().key;
    const content = readFileSync('/work/shared/examples/jeex-plan.md', 'utf8');
    const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${b.orgId}/projects`, headers: b.auth, payload: { name: 'Bob secret project', inputs: [{ path: 'requirements.md', content }] } })).json();
    const base = `/api/v1/orgs/${b.orgId}/projects/${p.id}`;
    const job = (await s.app.inject({ method: 'POST', url: `${base}/generate`, headers: b.auth })).json();
    for (let i = 0; i < 100; i++) {
      const st = (await s.app.inject({ method: 'GET', url: `${base}/jobs/${job.id}`, headers: b.auth })).json().status;
      if (st === 'succeeded' || st === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const doc = (await s.app.inject({ method: 'GET', url: `${base}/documents`, headers: b.auth })).json().items[0];
    const key = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${b.orgId}/api-keys`, headers: b.auth, payload: { name: 'b', scopes: ['project:read'] } })).json();
    const inv = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${b.orgId}/invitations`, headers: b.auth, payload: { email: 'c@example.com', role: 'viewer' } })).json();
    Object.assign(ids, { projectId: p.id, jobId: job.id, documentId: doc.id, keyId: key.id, invitationId: inv.id, userId: b.userId, version: '1', step: 'architecture' });
    secrets.push(p.id, doc.id, job.id, 'Bob secret project');
  });
  afterAll(async () => s?.close());

  const orgRoutes = Object.entries(API).filter(([, d]) => d.access !== 'public' && d.access !== 'user') as [string, RouteDef][];

  function urlFor(def: RouteDef, orgId: string, id: string): string {
    return def.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'orgId' ? orgId : ids[name]!)) + (QUERIES[id] ?? '');
  }

  it.each(orgRoutes.map(([id]) => id))('%s answers 404 to another organization (token and API key) and leaks nothing', async (id) => {
    const def = API[id as keyof typeof API] as RouteDef;
    for (const headers of [a.auth, { 'x-api-key': aKey }]) {
      const res = await s.app.inject({ method: def.method, url: urlFor(def, b.orgId, id), headers, ...(BODIES[id] ? { payload: BODIES[id] } : {}) });
      expect(res.statusCode, `${id} with B's org`).toBe(404);
      for (const secret of secrets) expect(res.body).not.toContain(secret);
    }
  });

  it.each(orgRoutes.filter(([, d]) => /:projectId|:keyId|:invitationId|:userId/.test(d.url)).map(([id]) => id))(
    '%s with the caller own organization but another tenant resource answers 404',
    async (id) => {
      const def = API[id as keyof typeof API] as RouteDef;
      const res = await s.app.inject({ method: def.method, url: urlFor(def, a.orgId, id), headers: a.auth, ...(BODIES[id] ? { payload: BODIES[id] } : {}) });
      expect(res.statusCode, res.body).toBe(404);
      for (const secret of secrets) expect(res.body).not.toContain(secret);
    },
  );

  it("user-level routes list only the caller's organizations", async () => {
    const orgs = (await s.app.inject({ method: 'GET', url: '/api/v1/orgs', headers: a.auth })).json().items;
    expect(orgs.map((o: { id: string }) => o.id)).toEqual([a.orgId]);
    const b2 = (await s.app.inject({ method: 'GET', url: `/api/v1/orgs/${b.orgId}/projects/${ids.projectId}`, headers: b.auth }));
    expect(b2.statusCode).toBe(200);
  });
});
