import { z } from 'zod';
import * as e from './entities.js';

/**
 * Every route of Archway's HTTP API with its request and response schemas, in one place. Handlers
 * are registered against these definitions (see ../routes/), the OpenAPI document at /docs/json is
 * generated from them, and the web app imports the inferred types.
 *
 * `access`: `public` (no credentials), `user` (a signed-in user, no organization) or a permission
 * checked against the caller's role in `:orgId` (or an API key's scopes).
 */
export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: 'public' | 'user' | Permission;
  /** Stricter rate limit (sign-up, login). */
  readonly strictLimit?: boolean;
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: Readonly<Record<number, z.ZodType | null>>;
}

export const PERMISSIONS = ['org:read', 'project:read', 'project:write', 'project:delete', 'job:run', 'member:manage', 'apikey:manage', 'audit:read'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const orgP = z.object({ orgId: z.string().uuid() });
const projP = orgP.extend({ projectId: z.string().uuid() });
const docP = projP.extend({ documentId: z.string().uuid() });
const items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });
const email = z.string().email().max(254);
const password = z.string().min(10).max(200);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);
const inputPath = z.string().min(1).max(200).regex(/^[A-Za-z0-9._\-/ ]+$/).refine((p) => !p.split('/').includes('..'), 'must not contain ..');

export const signupBody = z.object({ email, password, name: z.string().min(1).max(120), organization: z.string().min(1).max(120).optional() });
export const createProjectBody = z.object({
  name: z.string().min(1).max(120),
  slug: slug.optional(),
  description: z.string().max(10_000).default(''),
  inputs: z.array(z.object({ path: inputPath, content: z.string().max(1_000_000) })).max(50).default([]),
});

export const API = {
  signup: { method: 'POST', url: '/api/v1/auth/signup', tag: 'auth', access: 'public', strictLimit: true, summary: 'Create an account (and, when named, a first organization owned by it).', body: signupBody, response: { 201: e.tokensSchema.extend({ organization: e.orgSchema.nullable() }) } },
  login: { method: 'POST', url: '/api/v1/auth/login', tag: 'auth', access: 'public', strictLimit: true, summary: 'Sign in with email and password.', body: z.object({ email: z.string().max(254), password: z.string().max(200) }), response: { 200: e.tokensSchema } },
  refresh: { method: 'POST', url: '/api/v1/auth/refresh', tag: 'auth', access: 'public', strictLimit: true, summary: 'Trade a refresh token for a new pair; a reused refresh token revokes its whole session.', body: z.object({ refreshToken: z.string().max(200) }), response: { 200: e.tokensSchema } },
  logout: { method: 'POST', url: '/api/v1/auth/logout', tag: 'auth', access: 'public', summary: 'End the session the refresh token belongs to.', body: z.object({ refreshToken: z.string().max(200) }), response: { 204: null } },
  changePassword: { method: 'POST', url: '/api/v1/auth/password', tag: 'auth', access: 'user', strictLimit: true, summary: 'Change the password; every session of the user is revoked.', body: z.object({ currentPassword: z.string().max(200), newPassword: password }), response: { 204: null } },
  me: { method: 'GET', url: '/api/v1/me', tag: 'auth', access: 'user', summary: 'The signed-in user and their organizations.', response: { 200: z.object({ user: e.userSchema, organizations: z.array(e.orgSchema) }) } },
  acceptInvitation: { method: 'POST', url: '/api/v1/invitations/accept', tag: 'organizations', access: 'user', summary: 'Join an organization with an invitation token.', body: z.object({ token: z.string().max(200) }), response: { 200: e.orgSchema } },

  listOrgs: { method: 'GET', url: '/api/v1/orgs', tag: 'organizations', access: 'user', summary: 'Organizations the user belongs to.', response: { 200: items(e.orgSchema) } },
  createOrg: { method: 'POST', url: '/api/v1/orgs', tag: 'organizations', access: 'user', summary: 'Create an organization; the caller becomes its owner.', body: z.object({ name: z.string().min(1).max(120), slug: slug.optional() }), response: { 201: e.orgSchema } },
  getOrg: { method: 'GET', url: '/api/v1/orgs/:orgId', tag: 'organizations', access: 'org:read', summary: 'One organization.', params: orgP, response: { 200: e.orgSchema } },
  usage: { method: 'GET', url: '/api/v1/orgs/:orgId/usage', tag: 'organizations', access: 'org:read', summary: 'Quotas and current usage.', params: orgP, response: { 200: z.object({ projects: z.object({ used: z.number(), limit: z.number() }), documents: z.object({ used: z.number(), limit: z.number() }), concurrentJobs: z.object({ used: z.number(), limit: z.number() }), storageBytes: z.object({ used: z.number(), limit: z.number() }) }) } },
  listMembers: { method: 'GET', url: '/api/v1/orgs/:orgId/members', tag: 'organizations', access: 'org:read', summary: 'Members and their roles.', params: orgP, response: { 200: items(e.memberSchema) } },
  setMemberRole: { method: 'PATCH', url: '/api/v1/orgs/:orgId/members/:userId', tag: 'organizations', access: 'member:manage', summary: "Change a member's role.", params: orgP.extend({ userId: z.string().uuid() }), body: z.object({ role: e.roleSchema }), response: { 200: e.memberSchema } },
  removeMember: { method: 'DELETE', url: '/api/v1/orgs/:orgId/members/:userId', tag: 'organizations', access: 'member:manage', summary: 'Remove a member.', params: orgP.extend({ userId: z.string().uuid() }), response: { 204: null } },
  listInvitations: { method: 'GET', url: '/api/v1/orgs/:orgId/invitations', tag: 'organizations', access: 'member:manage', summary: 'Pending and accepted invitations.', params: orgP, response: { 200: items(e.invitationSchema) } },
  createInvitation: { method: 'POST', url: '/api/v1/orgs/:orgId/invitations', tag: 'organizations', access: 'member:manage', summary: 'Invite by email; the token is shown once.', params: orgP, body: z.object({ email, role: z.enum(['admin', 'editor', 'viewer']) }), response: { 201: e.invitationSchema.extend({ token: z.string() }) } },
  deleteInvitation: { method: 'DELETE', url: '/api/v1/orgs/:orgId/invitations/:invitationId', tag: 'organizations', access: 'member:manage', summary: 'Withdraw a pending invitation.', params: orgP.extend({ invitationId: z.string().uuid() }), response: { 204: null } },
  listApiKeys: { method: 'GET', url: '/api/v1/orgs/:orgId/api-keys', tag: 'api-keys', access: 'apikey:manage', summary: 'API keys (never the keys themselves).', params: orgP, response: { 200: items(e.apiKeySchema) } },
  createApiKey: { method: 'POST', url: '/api/v1/orgs/:orgId/api-keys', tag: 'api-keys', access: 'apikey:manage', summary: 'Create an API key; the key is shown once.', params: orgP, body: z.object({ name: z.string().min(1).max(120), scopes: z.array(e.scopeSchema).min(1), expiresInDays: z.number().int().min(1).max(3650).optional() }), response: { 201: e.apiKeySchema.extend({ key: z.string() }) } },
  revokeApiKey: { method: 'DELETE', url: '/api/v1/orgs/:orgId/api-keys/:keyId', tag: 'api-keys', access: 'apikey:manage', summary: 'Revoke an API key.', params: orgP.extend({ keyId: z.string().uuid() }), response: { 204: null } },
  listAudit: { method: 'GET', url: '/api/v1/orgs/:orgId/audit', tag: 'audit', access: 'audit:read', summary: 'Audit events, newest first, filterable.', params: orgP, querystring: z.object({ action: z.string().max(200).optional(), actorId: z.string().uuid().optional(), projectId: z.string().uuid().optional(), outcome: z.enum(['success', 'failure']).optional(), before: z.string().regex(/^\d+$/).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: items(e.auditEventSchema) } },

  listProjects: { method: 'GET', url: '/api/v1/orgs/:orgId/projects', tag: 'projects', access: 'project:read', summary: 'Projects, newest first.', params: orgP, querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) }), response: { 200: items(e.projectSchema).extend({ total: z.number().int() }) } },
  createProject: { method: 'POST', url: '/api/v1/orgs/:orgId/projects', tag: 'projects', access: 'project:write', summary: 'Create a project, optionally with its requirement inputs.', params: orgP, body: createProjectBody, response: { 201: e.projectSchema } },
  getProject: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId', tag: 'projects', access: 'project:read', summary: "A project with its four steps' state, open questions and problems.", params: projP, response: { 200: e.projectSchema.extend({ steps: z.array(e.stepStateSchema), questions: z.array(e.questionSchema), problems: z.array(e.issueSchema) }) } },
  updateProject: { method: 'PATCH', url: '/api/v1/orgs/:orgId/projects/:projectId', tag: 'projects', access: 'project:write', summary: 'Rename or re-describe a project.', params: projP, body: z.object({ name: z.string().min(1).max(120).optional(), description: z.string().max(10_000).optional() }), response: { 200: e.projectSchema } },
  deleteProject: { method: 'DELETE', url: '/api/v1/orgs/:orgId/projects/:projectId', tag: 'projects', access: 'project:delete', summary: 'Delete a project and everything in it.', params: projP, response: { 204: null } },
  listInputs: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/inputs', tag: 'projects', access: 'project:read', summary: 'Requirement inputs (Markdown or brief YAML).', params: projP, response: { 200: items(e.inputFileSchema) } },
  putInput: { method: 'PUT', url: '/api/v1/orgs/:orgId/projects/:projectId/inputs', tag: 'projects', access: 'project:write', summary: 'Create or replace one named input; the brief is read again and its problems returned.', params: projP, body: z.object({ path: inputPath, content: z.string().max(1_000_000) }), response: { 200: z.object({ input: e.inputFileSchema, problems: z.array(e.issueSchema) }) } },
  deleteInput: { method: 'DELETE', url: '/api/v1/orgs/:orgId/projects/:projectId/inputs', tag: 'projects', access: 'project:write', summary: 'Remove one named input.', params: projP, querystring: z.object({ path: inputPath }), response: { 204: null } },
  getBrief: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/brief', tag: 'projects', access: 'project:read', summary: 'The understood brief, its questions and the answers given.', params: projP, response: { 200: e.briefStateSchema } },
  putAnswers: { method: 'PUT', url: '/api/v1/orgs/:orgId/projects/:projectId/answers', tag: 'projects', access: 'project:write', summary: "Answer the brief's questions (question id → option key or value).", params: projP, body: z.object({ answers: z.record(z.string().max(200), z.string().max(2000)) }), response: { 200: e.briefStateSchema } },

  generateStep: { method: 'POST', url: '/api/v1/orgs/:orgId/projects/:projectId/steps/:step/generate', tag: 'generation', access: 'job:run', summary: "Generate one step's documents as a job (202); follow it at .../jobs/:jobId/events.", params: projP.extend({ step: e.stepSchema }), response: { 202: e.jobSchema } },
  generateAll: { method: 'POST', url: '/api/v1/orgs/:orgId/projects/:projectId/generate', tag: 'generation', access: 'job:run', summary: 'Generate all four steps as one job (202).', params: projP, response: { 202: e.jobSchema } },
  listJobs: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/jobs', tag: 'generation', access: 'project:read', summary: 'Recent jobs of a project.', params: projP, response: { 200: items(e.jobSchema) } },
  getJob: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/jobs/:jobId', tag: 'generation', access: 'project:read', summary: 'One job and its result.', params: projP.extend({ jobId: z.string().uuid() }), response: { 200: e.jobSchema } },
  jobEvents: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/jobs/:jobId/events', tag: 'generation', access: 'project:read', summary: 'Progress as server-sent events (started, step, section, done, error); resume with Last-Event-ID.', params: projP.extend({ jobId: z.string().uuid() }), response: {} },

  listDocuments: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/documents', tag: 'documents', access: 'project:read', summary: 'Documents with their active versions.', params: projP, querystring: z.object({ step: e.stepSchema.optional() }), response: { 200: items(e.documentSchema) } },
  getDocument: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId', tag: 'documents', access: 'project:read', summary: "A document's active version.", params: docP, response: { 200: e.documentDetailSchema } },
  listVersions: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId/versions', tag: 'documents', access: 'project:read', summary: 'Every version, oldest first.', params: docP, response: { 200: items(e.versionSchema) } },
  saveVersion: { method: 'POST', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId/versions', tag: 'documents', access: 'project:write', summary: 'Save an edit as a new version (it becomes active).', params: docP, body: z.object({ content: z.string().max(2_000_000) }), response: { 201: e.versionSchema } },
  getVersion: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId/versions/:version', tag: 'documents', access: 'project:read', summary: 'One version with its content.', params: docP.extend({ version: z.coerce.number().int().min(1) }), response: { 200: e.versionDetailSchema } },
  diffVersions: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId/diff', tag: 'documents', access: 'project:read', summary: 'Unified diff and structured hunks between two versions.', params: docP, querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }), response: { 200: e.diffSchema } },
  restoreVersion: { method: 'POST', url: '/api/v1/orgs/:orgId/projects/:projectId/documents/:documentId/restore', tag: 'documents', access: 'project:write', summary: 'Restore an old version as a new version.', params: docP, body: z.object({ version: z.number().int().min(1) }), response: { 201: e.versionSchema } },

  search: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/search', tag: 'projects', access: 'project:read', summary: "Full-text search over the project's documents and inputs.", params: projP, querystring: z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(100).default(20) }), response: { 200: items(e.searchHitSchema) } },
  exportZip: { method: 'GET', url: '/api/v1/orgs/:orgId/projects/:projectId/export', tag: 'projects', access: 'project:read', summary: 'ZIP of the active versions with a manifest (streamed).', params: projP, response: {} },
} as const satisfies Record<string, RouteDef>;

export type ApiRouteId = keyof typeof API;
/** The JSON body a route expects. */
export type ApiBody<K extends ApiRouteId> = (typeof API)[K] extends { body: infer B extends z.ZodType } ? z.input<B> : never;
/** The JSON a route answers with, for its success status. */
export type ApiResponse<K extends ApiRouteId> = (typeof API)[K]['response'] extends Record<number, infer R> ? (R extends z.ZodType ? z.output<R> : void) : never;
