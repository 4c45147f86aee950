import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupWithOrg, startTestServer, type TestServer } from './test-app.js';

describe('identity and access', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('pglite', { env: { ARCHWAY_ACCESS_TTL: '2' } });
  });
  afterAll(async () => s?.close());
  const inject = (method: string, url: string, headers: Record<string, string> = {}, payload?: object) =>
    s.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });

  it('refuses a wrong password and an unknown email alike', async () => {
    const a = await signupWithOrg(s.app);
    const me = (await inject('GET', '/api/v1/me', a.auth)).json();
    const wrong = await inject('POST', '/api/v1/auth/login', {}, { email: me.user.email, password: 'not the password' });
    const unknown = await inject('POST', '/api/v1/auth/login', {}, { email: 'nobody@example.com', password: 'not the password' });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    const ok = await inject('POST', '/api/v1/auth/login', {}, { email: me.user.email, password: 'correct horse battery' });
    expect(ok.statusCode).toBe(200);
  });

  it('an access token expires; the refresh token rotates; a reused refresh token revokes the session', async () => {
    const a = await signupWithOrg(s.app);
    expect((await inject('GET', '/api/v1/me', a.auth)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 3100));
    const expired = await inject('GET', '/api/v1/me', a.auth);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('TOKEN_EXPIRED');

    const r1 = await inject('POST', '/api/v1/auth/refresh', {}, { refreshToken: a.refreshToken });
    expect(r1.statusCode).toBe(200);
    const second = r1.json();
    expect(second.refreshToken).not.toBe(a.refreshToken);
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${second.accessToken}` })).statusCode).toBe(200);

    const reuse = await inject('POST', '/api/v1/auth/refresh', {}, { refreshToken: a.refreshToken });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.code).toBe('REFRESH_TOKEN_REUSED');
    // The whole family is revoked: the newer refresh token and its access token stop working too.
    expect((await inject('POST', '/api/v1/auth/refresh', {}, { refreshToken: second.refreshToken })).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${second.accessToken}` })).json().error.code).toBe('SESSION_REVOKED');
  });

  it('logout and a password change revoke sessions', async () => {
    const a = await signupWithOrg(s.app);
    expect((await inject('POST', '/api/v1/auth/logout', {}, { refreshToken: a.refreshToken })).statusCode).toBe(204);
    expect((await inject('GET', '/api/v1/me', a.auth)).statusCode).toBe(401);

    const b = await signupWithOrg(s.app);
    const email = (await inject('GET', '/api/v1/me', b.auth)).json().user.email;
    const other = (await inject('POST', '/api/v1/auth/login', {}, { email, password: 'correct horse battery' })).json();
    const bad = await inject('POST', '/api/v1/auth/password', b.auth, { currentPassword: 'wrong one', newPassword: 'a brand new password' });
    expect(bad.statusCode).toBe(400);
    expect((await inject('POST', '/api/v1/auth/password', b.auth, { currentPassword: 'correct horse battery', newPassword: 'a brand new password' })).statusCode).toBe(204);
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${other.accessToken}` })).statusCode).toBe(401);
    expect((await inject('POST', '/api/v1/auth/refresh', {}, { refreshToken: other.refreshToken })).statusCode).toBe(401);
    expect((await inject('POST', '/api/v1/auth/login', {}, { email, password: 'a brand new password' })).statusCode).toBe(200);
  });

  it('API keys: shown once, scoped, revocable, last use recorded', async () => {
    const a = await signupWithOrg(s.app);
    const created = await inject('POST', `/api/v1/orgs/${a.orgId}/api-keys`, a.auth, { name: 'ci', scopes: ['project:read'] });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^awk_/);
    const list = (await inject('GET', `/api/v1/orgs/${a.orgId}/api-keys`, a.auth)).json();
    expect(JSON.stringify(list)).not.toContain(key);
    const k = { 'x-api-key': key };
    expect((await inject('GET', `/api/v1/orgs/${a.orgId}/projects`, k)).statusCode).toBe(200);
    const write = await inject('POST', `/api/v1/orgs/${a.orgId}/projects`, k, { name: 'x' });
    expect(write.statusCode).toBe(403);
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${key}` })).statusCode).toBe(403);
    expect((await inject('GET', `/api/v1/orgs/${a.orgId}/api-keys`, a.auth)).json().items[0].lastUsedAt).not.toBeNull();
    expect((await inject('DELETE', `/api/v1/orgs/${a.orgId}/api-keys/${id}`, a.auth)).statusCode).toBe(204);
    const revoked = await inject('GET', `/api/v1/orgs/${a.orgId}/projects`, k);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('API_KEY_REVOKED');
  });

  it('invitations by token give a role that the permission check enforces', async () => {
    const owner = await signupWithOrg(s.app, 'owner');
    const guest = await signupWithOrg(s.app, 'guest');
    const guestEmail = (await inject('GET', '/api/v1/me', guest.auth)).json().user.email;
    const inv = (await inject('POST', `/api/v1/orgs/${owner.orgId}/invitations`, owner.auth, { email: guestEmail, role: 'viewer' })).json();
    expect((await inject('GET', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth)).statusCode).toBe(404);
    const accepted = await inject('POST', '/api/v1/invitations/accept', guest.auth, { token: inv.token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().role).toBe('viewer');
    expect((await inject('POST', '/api/v1/invitations/accept', guest.auth, { token: inv.token })).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth)).statusCode).toBe(200);
    const denied = await inject('POST', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth, { name: 'nope' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    expect((await inject('GET', `/api/v1/orgs/${owner.orgId}/audit`, guest.auth)).statusCode).toBe(403);
    expect((await inject('PATCH', `/api/v1/orgs/${owner.orgId}/members/${guest.userId}`, owner.auth, { role: 'editor' })).statusCode).toBe(200);
    expect((await inject('POST', `/api/v1/orgs/${owner.orgId}/projects`, guest.auth, { name: 'now allowed' })).statusCode).toBe(201);
    expect((await inject('DELETE', `/api/v1/orgs/${owner.orgId}/members/${owner.userId}`, owner.auth)).json().error.code).toBe('LAST_OWNER');
  });
});
