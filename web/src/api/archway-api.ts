import { download, request } from './api-client.js';
import type { ApiBody, ApiResponse, ApiRouteId, Project, Step } from './api-types.js';

const e = encodeURIComponent;
const org = (o: string) => `/orgs/${e(o)}`;
const proj = (o: string, p: string) => `${org(o)}/projects/${e(p)}`;
const doc = (o: string, p: string, d: string) => `${proj(o, p)}/documents/${e(d)}`;

type R<K extends ApiRouteId> = ApiResponse<K>;

/**
 * Every call the web app makes to the Archway server, in one place. Organizations and projects
 * are addressed by id here; the app's URLs carry their slugs.
 */
export const api = {
  signup: (body: ApiBody<'signup'>) => request<R<'signup'>>('POST', '/auth/signup', { body, auth: false }),
  login: (body: ApiBody<'login'>) => request<R<'login'>>('POST', '/auth/login', { body, auth: false }),
  logout: (refreshToken: string) => request<void>('POST', '/auth/logout', { body: { refreshToken }, auth: false }),
  me: () => request<R<'me'>>('GET', '/me'),

  members: (o: string) => request<R<'listMembers'>>('GET', `${org(o)}/members`),
  setRole: (o: string, userId: string, body: ApiBody<'setMemberRole'>) =>
    request<R<'setMemberRole'>>('PATCH', `${org(o)}/members/${e(userId)}`, { body }),
  removeMember: (o: string, userId: string) => request<void>('DELETE', `${org(o)}/members/${e(userId)}`),
  invite: (o: string, body: ApiBody<'createInvitation'>) => request<R<'createInvitation'>>('POST', `${org(o)}/invitations`, { body }),

  apiKeys: (o: string) => request<R<'listApiKeys'>>('GET', `${org(o)}/api-keys`),
  createApiKey: (o: string, body: ApiBody<'createApiKey'>) => request<R<'createApiKey'>>('POST', `${org(o)}/api-keys`, { body }),
  revokeApiKey: (o: string, id: string) => request<void>('DELETE', `${org(o)}/api-keys/${e(id)}`),

  projects: (o: string, offset = 0) => request<R<'listProjects'>>('GET', `${org(o)}/projects`, { query: { limit: 200, offset } }),
  createProject: (o: string, body: ApiBody<'createProject'>) => request<R<'createProject'>>('POST', `${org(o)}/projects`, { body }),
  project: (o: string, p: string) => request<R<'getProject'>>('GET', proj(o, p)),
  inputs: (o: string, p: string) => request<R<'listInputs'>>('GET', `${proj(o, p)}/inputs`),
  putInput: (o: string, p: string, body: ApiBody<'putInput'>) => request<R<'putInput'>>('PUT', `${proj(o, p)}/inputs`, { body }),
  removeInput: (o: string, p: string, path: string) => request<void>('DELETE', `${proj(o, p)}/inputs`, { query: { path } }),
  answer: (o: string, p: string, answers: Record<string, string>) =>
    request<R<'putAnswers'>>('PUT', `${proj(o, p)}/answers`, { body: { answers } }),
  generate: (o: string, p: string, step: Step) => request<R<'generateStep'>>('POST', `${proj(o, p)}/steps/${step}/generate`),
  jobEventsPath: (o: string, p: string, jobId: string) => `${proj(o, p)}/jobs/${e(jobId)}/events`,

  documents: (o: string, p: string) => request<R<'listDocuments'>>('GET', `${proj(o, p)}/documents`),
  versions: (o: string, p: string, d: string) => request<R<'listVersions'>>('GET', `${doc(o, p, d)}/versions`),
  version: (o: string, p: string, d: string, v: number) => request<R<'getVersion'>>('GET', `${doc(o, p, d)}/versions/${v}`),
  saveVersion: (o: string, p: string, d: string, content: string) =>
    request<R<'saveVersion'>>('POST', `${doc(o, p, d)}/versions`, { body: { content } }),
  restore: (o: string, p: string, d: string, version: number) =>
    request<R<'restoreVersion'>>('POST', `${doc(o, p, d)}/restore`, { body: { version } }),

  search: (o: string, p: string, q: string) => request<R<'search'>>('GET', `${proj(o, p)}/search`, { query: { q } }),
  exportZip: (o: string, p: string) => download(`${proj(o, p)}/export`),

  /** Finds a project by the slug in the app's URL; null when the organization has none by that slug. */
  async projectBySlug(o: string, slug: string): Promise<Project | null> {
    for (let offset = 0; ; offset += 200) {
      const page = await api.projects(o, offset);
      const found = page.items.find((p) => p.slug === slug || p.id === slug);
      if (found) return found;
      if (page.items.length < 200 || offset + 200 >= page.total) return null;
    }
  },
};
