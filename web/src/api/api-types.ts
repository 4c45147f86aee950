// The shapes the pages read. Until the server's schemas land these are the web app's view;
// they will be re-exported from src/server/schemas so they are not written twice.

export type Role = 'owner' | 'admin' | 'editor' | 'viewer';
export const roles: readonly Role[] = ['owner', 'admin', 'editor', 'viewer'];

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

export interface Organization {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
}

export interface AuthTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
  readonly createdAt: string;
}

export interface Project {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly updatedAt: string;
}

export type StepName = 'description' | 'architecture' | 'plan' | 'rules';
export type StepStatus = 'not-started' | 'queued' | 'running' | 'done' | 'failed' | 'stale';

export interface StepInfo {
  readonly step: StepName;
  readonly status: StepStatus;
  readonly jobId: string | null;
}

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly hint: string | null;
  readonly answer: string | null;
}

export interface Problem {
  readonly path: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly hint: string | null;
  readonly code: string | null;
}

export interface ProjectInput {
  readonly path: string;
  readonly content: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly path: string;
  readonly step: StepName;
  readonly activeVersion: number;
  readonly latestVersion: number;
}

export interface DocumentVersion {
  readonly version: number;
  readonly source: string;
  readonly createdAt: string;
  readonly sha256: string;
}

export interface SearchHit {
  readonly kind: 'document' | 'input';
  readonly path: string;
  readonly step: StepName | null;
  readonly snippet: string;
  readonly rank: number;
}

export interface JobInfo {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed';
  readonly step: StepName | null;
}
