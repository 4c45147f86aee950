import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, signupWithOrg, startTestServer, type TestServer } from './test-app.js';

// Two server instances over one database: each keeps its own short-lived cache of session, role and
// API-key facts, so the instance that did NOT make a change still trusts its cached facts. The tenant
// transaction re-reads them in its first round trip, which is what these tests prove.
describe.each(ENGINES)('revocations made on another instance (%s)', (engine) => {
  let s: TestServer;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    s = await startTestServer(engine, { env: { ARCHWAY_ACCESS_CACHE_MS: '60000' } });
    a = s.app;
    b = await s.restart();
  });
  afterAll(async () => s?.close());
  const call = (app: FastifyInstance, method: string, url: string, headers: Record<string, string> = {}, payload?: object) =>
    app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });

  it('a session ended on one instance is refused at once by the other', async () => {
    const u = await signupWithOrg(a);
    expect((await call(a, 'GET', `/api/v1/orgs/${u.orgId}/projects`, u.auth)).statusCode).toBe(200);
    expect((await call(a, 'GET', '/api/v1/orgs', u.auth)).statusCode).toBe(200);
    expect((await call(b, 'POST', '/api/v1/auth/logout', {}, { refreshToken: u.refreshToken })).statusCode).toBe(204);
    const orgRoute = await call(a, 'GET', `/api/v1/orgs/${u.orgId}/projects`, u.auth);
    expect(orgRoute.statusCode).toBe(401);
    expect(orgRoute.json().error.code).toBe('SESSION_REVOKED');
    expect((await call(a, 'GET', '/api/v1/orgs', u.auth)).statusCode).toBe(401);
    expect((await call(a, 'POST', '/api/v1/orgs', u.auth, { name: 'after logout' })).statusCode).toBe(401);
  });

  it('a member demoted or removed on one instance loses the access on the other', async () => {
    const owner = await signupWithOrg(a, 'owner');
    const guest = await signupWithOrg(a, 'guest');
    const email = (await call(a, 'GET', '/api/v1/me', guest.auth)).json().user.email;
    const inv = (await call(a, 'POST', `/api/v1/orgs/${owner.orgId}/invitations`, owner.auth, { email, role: 'editor' })).json();
    expect((await call(a, 'POST', '/api/v1/invitations/accept', guest.auth, { token: inv.token })).statusCode).toBe(200);
    expect((await call(a, 'POST', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth, { name: 'while editor' })).statusCode).toBe(201);

    expect((await call(b, 'PATCH', `/api/v1/orgs/${owner.orgId}/members/${guest.userId}`, owner.auth, { role: 'viewer' })).statusCode).toBe(200);
    const write = await call(a, 'POST', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth, { name: 'after demotion' });
    expect(write.statusCode).toBe(403);
    const list = (await call(a, 'GET', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth)).json();
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['while editor']);

    expect((await call(b, 'DELETE', `/api/v1/orgs/${owner.orgId}/members/${guest.userId}`, owner.auth)).statusCode).toBe(204);
    const read = await call(a, 'GET', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain('while editor');
  });

  it('an API key revoked on one instance is refused by the other', async () => {
    const u = await signupWithOrg(a);
    const { key, id } = (await call(a, 'POST', `/api/v1/orgs/${u.orgId}/api-keys`, u.auth, { name: 'ci', scopes: ['project:read'] })).json();
    expect((await call(a, 'GET', `/api/v1/orgs/${u.orgId}/projects`, { 'x-api-key': key })).statusCode).toBe(200);
    expect((await call(b, 'DELETE', `/api/v1/orgs/${u.orgId}/api-keys/${id}`, u.auth)).statusCode).toBe(204);
    const after = await call(a, 'GET', `/api/v1/orgs/${u.orgId}/projects`, { 'x-api-key': key });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('API_KEY_REVOKED');
  });
});
