import { download, request } from './api-client.js';
import type {
  ApiKey,
  AuthTokens,
  DocumentSummary,
  DocumentVersion,
  JobInfo,
  Member,
  Organization,
  Problem,
  Project,
  ProjectInput,
  Question,
  Role,
  SearchHit,
  StepInfo,
  StepName,
  User,
} from './api-types.js';

const e = encodeURIComponent;
const org = (o: string) => `/orgs/${e(o)}`;
const proj = (o: string, p: string) => `${org(o)}/projects/${e(p)}`;
const doc = (o: string, p: string, d: string) => `${proj(o, p)}/documents/${e(d)}`;

/** Every call the web app makes to the Archway server, in one place. */
export const api = {
  signup: (body: { email: string; password: string; name: string; organization: string }) =>
    request<AuthTokens & { user: User; organization: Organization }>('POST', '/auth/signup', { body, auth: false }),
  login: (body: { email: string; password: string }) =>
    request<AuthTokens & { user: User }>('POST', '/auth/login', { body, auth: false }),
  logout: (refreshToken: string) => request<unknown>('POST', '/auth/logout', { body: { refreshToken } }),
  me: () => request<{ user: User; organizations: Organization[] }>('GET', '/me'),

  createOrganization: (body: { name: string; slug: string }) => request<Organization>('POST', '/orgs', { body }),
  members: (o: string) => request<{ items: Member[] }>('GET', `${org(o)}/members`),
  setRole: (o: string, userId: string, role: Role) =>
    request<unknown>('PATCH', `${org(o)}/members/${e(userId)}`, { body: { role } }),
  removeMember: (o: string, userId: string) => request<unknown>('DELETE', `${org(o)}/members/${e(userId)}`),
  invite: (o: string, body: { email: string; role: Role }) =>
    request<{ token: string }>('POST', `${org(o)}/invitations`, { body }),

  apiKeys: (o: string) => request<{ items: ApiKey[] }>('GET', `${org(o)}/api-keys`),
  createApiKey: (o: string, body: { name: string; scopes: string[] }) =>
    request<ApiKey & { key: string }>('POST', `${org(o)}/api-keys`, { body }),
  revokeApiKey: (o: string, id: string) => request<unknown>('DELETE', `${org(o)}/api-keys/${e(id)}`),

  projects: (o: string, q: string) =>
    request<{ items: Project[] }>('GET', `${org(o)}/projects`, { query: { q: q || undefined } }),
  createProject: (o: string, body: { name: string; description: string }) =>
    request<Project>('POST', `${org(o)}/projects`, { body }),
  project: (o: string, p: string) =>
    request<Project & { steps: StepInfo[]; questions: Question[]; problems: Problem[] }>('GET', proj(o, p)),
  inputs: (o: string, p: string) => request<{ items: ProjectInput[] }>('GET', `${proj(o, p)}/inputs`),
  putInput: (o: string, p: string, input: ProjectInput) =>
    request<{ problems: Problem[] }>('PUT', `${proj(o, p)}/inputs`, { body: input }),
  removeInput: (o: string, p: string, path: string) =>
    request<unknown>('DELETE', `${proj(o, p)}/inputs`, { query: { path } }),
  answer: (o: string, p: string, answers: Record<string, string>) =>
    request<unknown>('PUT', `${proj(o, p)}/answers`, { body: { answers } }),
  generate: (o: string, p: string, step: StepName) =>
    request<JobInfo>('POST', `${proj(o, p)}/steps/${step}/generate`, { body: {} }),
  jobEventsPath: (o: string, p: string, jobId: string) => `${proj(o, p)}/jobs/${e(jobId)}/events`,

  documents: (o: string, p: string) => request<{ items: DocumentSummary[] }>('GET', `${proj(o, p)}/documents`),
  versions: (o: string, p: string, d: string) => request<{ items: DocumentVersion[] }>('GET', `${doc(o, p, d)}/versions`),
  version: (o: string, p: string, d: string, v: number) =>
    request<DocumentVersion & { content: string }>('GET', `${doc(o, p, d)}/versions/${v}`),
  saveVersion: (o: string, p: string, d: string, content: string) =>
    request<DocumentVersion>('POST', `${doc(o, p, d)}/versions`, { body: { content } }),
  restore: (o: string, p: string, d: string, version: number) =>
    request<DocumentVersion>('POST', `${doc(o, p, d)}/restore`, { body: { version } }),

  search: (o: string, p: string, q: string) => request<{ items: SearchHit[] }>('GET', `${proj(o, p)}/search`, { query: { q } }),
  exportZip: (o: string, p: string) => download(`${proj(o, p)}/export`),
};
