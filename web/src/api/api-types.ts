// The API's shapes come from the server's schemas (type-only: nothing of the server reaches the bundle).
export type {
  ApiBody,
  ApiKey,
  ApiResponse,
  ApiRouteId,
  BriefState,
  DocumentDetail,
  DocumentSummary,
  DocumentVersion,
  DocumentVersionDetail,
  Job,
  Member,
  Org,
  Project,
  ProjectInput,
  Role,
  Scope,
  SearchHit,
  StepState,
  Step,
  User,
} from '../../../src/server/schemas/index.js';
import type { ApiResponse, BriefState } from '../../../src/server/schemas/index.js';

/** One problem in the requirement inputs or the brief, with where it is. */
export type Problem = BriefState['issues'][number];
/** One question Archway asks about the requirements. */
export type Question = BriefState['questions'][number];
/** A project as the workspace reads it: its steps' states, open questions and problems. */
export type ProjectDetail = ApiResponse<'getProject'>;

export const roles = ['owner', 'admin', 'editor', 'viewer'] as const;
export const invitableRoles = ['admin', 'editor', 'viewer'] as const;
export const scopes = ['project:read', 'project:write', 'job:run', 'audit:read'] as const;
