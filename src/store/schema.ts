import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of Archway's tables (see migrations/0001-initial.ts for the DDL and its policies). */
export interface Database {
  settings: { key: string; value: string };
  users: {
    id: string;
    email: string;
    name: string;
    password_hash: string;
    created_at: Generated<Date>;
    password_changed_at: Generated<Date>;
  };
  refresh_tokens: {
    id: string;
    family_id: string;
    user_id: string;
    token_hash: string;
    expires_at: Date;
    used_at: Date | null;
    revoked_at: Date | null;
    created_at: Generated<Date>;
  };
  organizations: { id: string; name: string; slug: string; created_at: Generated<Date> };
  memberships: { org_id: string; user_id: string; role: string; created_at: Generated<Date> };
  invitations: {
    id: string;
    org_id: string;
    email: string;
    role: string;
    token_hash: string;
    invited_by: string;
    expires_at: Date;
    accepted_at: Date | null;
    created_at: Generated<Date>;
  };
  api_keys: {
    id: string;
    org_id: string;
    name: string;
    prefix: string;
    key_hash: string;
    scopes: string[];
    expires_at: Date | null;
    revoked_at: Date | null;
    last_used_at: Date | null;
    created_by: string;
    created_at: Generated<Date>;
  };
  projects: {
    id: string;
    org_id: string;
    name: string;
    slug: string;
    description: string;
    understood: ColumnType<unknown, string | null, string | null> | null;
    answers: ColumnType<Record<string, string>, string, string>;
    created_by: string;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  project_inputs: {
    id: string;
    org_id: string;
    project_id: string;
    path: string;
    content: string;
    updated_at: Generated<Date>;
  };
  documents: {
    id: string;
    org_id: string;
    project_id: string;
    step: string;
    path: string;
    active_version: number;
    latest_version: number;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  document_versions: {
    id: string;
    org_id: string;
    project_id: string;
    document_id: string;
    version: number;
    content: string;
    sha256: string;
    size: number;
    source: string;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  jobs: {
    id: string;
    org_id: string;
    project_id: string;
    kind: string;
    step: string | null;
    status: string;
    error: string | null;
    result: ColumnType<unknown, string | null, string | null> | null;
    created_by: string | null;
    created_at: Generated<Date>;
    started_at: Date | null;
    finished_at: Date | null;
    heartbeat_at: Date | null;
  };
  job_events: {
    org_id: string;
    job_id: string;
    seq: number;
    type: string;
    data: ColumnType<unknown, string, string>;
    created_at: Generated<Date>;
  };
  audit_events: {
    id: Generated<string>;
    org_id: string | null;
    project_id: string | null;
    actor_type: string;
    actor_id: string | null;
    action: string;
    target: string | null;
    request_id: string | null;
    outcome: string;
    status_code: number | null;
    created_at: Generated<Date>;
  };
}
