import { z } from 'zod';

/** The JSON shapes of Archway's HTTP API. The web app imports the inferred types from `index.ts`. */

const id = z.string().uuid();
const timestamp = z.string().describe('ISO 8601 date-time');

/** JEEX's four steps: Description → Architecture → Implementation Plan → Rules & Standards. */
export const STEPS = ['description', 'architecture', 'plan', 'rules'] as const;
export const stepSchema = z.enum(STEPS);
export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export const SCOPES = ['project:read', 'project:write', 'job:run', 'audit:read'] as const;
export const scopeSchema = z.enum(SCOPES);

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
    requestId: z.string(),
  }),
});

export const userSchema = z.object({ id, email: z.string(), name: z.string() });

export const tokensSchema = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  expiresIn: z.number().int().describe('seconds until the access token expires'),
  refreshToken: z.string(),
  user: userSchema,
});

export const orgSchema = z.object({ id, name: z.string(), slug: z.string(), role: roleSchema, createdAt: timestamp });
export const memberSchema = z.object({ userId: id, email: z.string(), name: z.string(), role: roleSchema, createdAt: timestamp });
export const invitationSchema = z.object({
  id,
  email: z.string(),
  role: roleSchema,
  expiresAt: timestamp,
  acceptedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export const apiKeySchema = z.object({
  id,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(scopeSchema),
  expiresAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const projectSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const stepStateSchema = z.object({
  step: stepSchema,
  status: z.enum(['not-started', 'queued', 'running', 'done', 'failed', 'stale']),
  jobId: id.nullable(),
  documents: z.number().int(),
});
export const inputFileSchema = z.object({ path: z.string(), content: z.string(), updatedAt: timestamp });

export const questionSchema = z.object({
  id: z.string(),
  path: z.string(),
  question: z.string(),
  why: z.string(),
  options: z.array(z.object({ key: z.string(), label: z.string(), value: z.unknown() })),
  answer: z.string().optional(),
});
export const issueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  hint: z.string(),
  location: z.object({ file: z.string().optional(), line: z.number().optional(), column: z.number().optional(), path: z.string().optional() }).optional(),
});
export const briefStateSchema = z.object({
  understood: z.unknown().describe('the UnderstoodBrief (brief, provenance, assumptions), null before the first read'),
  questions: z.array(questionSchema),
  answers: z.record(z.string(), z.string()),
  issues: z.array(issueSchema),
});

export const documentSchema = z.object({
  id,
  step: stepSchema,
  path: z.string(),
  activeVersion: z.number().int(),
  latestVersion: z.number().int(),
  sha256: z.string(),
  size: z.number().int(),
  updatedAt: timestamp,
});
export const documentDetailSchema = documentSchema.extend({ content: z.string() });
export const versionSchema = z.object({
  version: z.number().int(),
  sha256: z.string(),
  size: z.number().int(),
  source: z.enum(['generated', 'edited', 'restored']),
  createdBy: id.nullable(),
  createdAt: timestamp,
});
export const versionDetailSchema = versionSchema.extend({ content: z.string() });
export const diffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  unified: z.string(),
  hunks: z.array(z.object({ oldStart: z.number(), oldLines: z.number(), newStart: z.number(), newLines: z.number(), lines: z.array(z.string()) })),
});

export const jobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);
export const jobSchema = z.object({
  id,
  projectId: id,
  kind: z.string(),
  step: stepSchema.nullable(),
  status: jobStatusSchema,
  error: z.string().nullable(),
  result: z.unknown().describe('GenerationResult once succeeded'),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
});
/** What a finished generation job reports: per document, whether this run changed it. */
export const generationResultSchema = z.object({
  steps: z.array(stepSchema),
  documents: z.array(z.object({ path: z.string(), step: stepSchema, documentId: id, version: z.number().int(), change: z.enum(['added', 'changed', 'unchanged']) })),
});
export const SSE_EVENT_TYPES = ['started', 'step', 'section', 'done', 'error'] as const;

export const searchHitSchema = z.object({ kind: z.enum(['document', 'input']), id, path: z.string(), step: stepSchema.nullable(), rank: z.number(), snippet: z.string() });
export const auditEventSchema = z.object({
  id: z.string(),
  projectId: id.nullable(),
  actorType: z.string(),
  actorId: id.nullable(),
  action: z.string(),
  target: z.string().nullable(),
  requestId: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  statusCode: z.number().int().nullable(),
  createdAt: timestamp,
});

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
export type User = z.infer<typeof userSchema>;
export type Tokens = z.infer<typeof tokensSchema>;
export type Org = z.infer<typeof orgSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type Project = z.infer<typeof projectSchema>;
export type StepState = z.infer<typeof stepStateSchema>;
export type ProjectInput = z.infer<typeof inputFileSchema>;
export type BriefState = z.infer<typeof briefStateSchema>;
export type DocumentSummary = z.infer<typeof documentSchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
export type DocumentVersion = z.infer<typeof versionSchema>;
export type DocumentVersionDetail = z.infer<typeof versionDetailSchema>;
export type DocumentDiff = z.infer<typeof diffSchema>;
export type Job = z.infer<typeof jobSchema>;
export type GenerationResult = z.infer<typeof generationResultSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type SseEventType = (typeof SSE_EVENT_TYPES)[number];
