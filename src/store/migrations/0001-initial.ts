import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../app-role.js';

/** Tables whose rows belong to one organization: row-level security is enabled and FORCE'd on each. */
export const TENANT_TABLES = [
  'organizations',
  'memberships',
  'invitations',
  'api_keys',
  'projects',
  'project_inputs',
  'documents',
  'document_versions',
  'jobs',
  'job_events',
  'audit_events',
] as const;

const ORG = `nullif(current_setting('archway.org_id', true), '')::uuid`;
const USER = `nullif(current_setting('archway.user_id', true), '')::uuid`;

const DDL = `
create table settings (key text primary key, value text not null);
create table users (
  id uuid primary key, email text not null, name text not null, password_hash text not null,
  created_at timestamptz not null default now(), password_changed_at timestamptz not null default now());
create unique index users_email_key on users (lower(email));
create table refresh_tokens (
  id uuid primary key, family_id uuid not null, user_id uuid not null references users(id) on delete cascade,
  token_hash text not null unique, expires_at timestamptz not null, used_at timestamptz, revoked_at timestamptz,
  created_at timestamptz not null default now());
create index refresh_tokens_family on refresh_tokens (family_id);
create table organizations (id uuid primary key, name text not null, slug text not null unique,
  created_at timestamptz not null default now());
create table memberships (org_id uuid not null references organizations(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade, role text not null
  check (role in ('owner','admin','editor','viewer')), created_at timestamptz not null default now(),
  primary key (org_id, user_id));
create index memberships_user on memberships (user_id);
create table invitations (id uuid primary key, org_id uuid not null references organizations(id) on delete cascade,
  email text not null, role text not null check (role in ('admin','editor','viewer')), token_hash text not null unique,
  invited_by uuid not null, expires_at timestamptz not null, accepted_at timestamptz,
  created_at timestamptz not null default now());
create table api_keys (id uuid primary key, org_id uuid not null references organizations(id) on delete cascade,
  name text not null, prefix text not null, key_hash text not null unique, scopes text[] not null,
  expires_at timestamptz, revoked_at timestamptz, last_used_at timestamptz, created_by uuid not null,
  created_at timestamptz not null default now());
create table projects (id uuid primary key, org_id uuid not null references organizations(id) on delete cascade,
  name text not null, slug text not null, description text not null default '', understood jsonb,
  answers jsonb not null default '{}', created_by uuid not null,
  created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
  unique (org_id, slug));
create table project_inputs (id uuid primary key, org_id uuid not null, project_id uuid not null
  references projects(id) on delete cascade, path text not null, content text not null,
  search tsvector generated always as (to_tsvector('english', path || ' ' || content)) stored,
  updated_at timestamptz not null default now(), unique (project_id, path));
create index project_inputs_search on project_inputs using gin (search);
create table documents (id uuid primary key, org_id uuid not null, project_id uuid not null
  references projects(id) on delete cascade, step text not null, path text not null,
  active_version integer not null, latest_version integer not null,
  created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
  unique (project_id, path));
create table document_versions (id uuid primary key, org_id uuid not null, project_id uuid not null,
  document_id uuid not null references documents(id) on delete cascade, version integer not null,
  content text not null, sha256 text not null, size integer not null, source text not null,
  created_by uuid, created_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('english', content)) stored,
  unique (document_id, version));
create index document_versions_search on document_versions using gin (search);
create table jobs (id uuid primary key, org_id uuid not null, project_id uuid not null
  references projects(id) on delete cascade, kind text not null, step text, status text not null
  check (status in ('queued','running','succeeded','failed')), error text, result jsonb, created_by uuid,
  created_at timestamptz not null default now(), started_at timestamptz, finished_at timestamptz,
  heartbeat_at timestamptz);
create index jobs_status on jobs (status);
create table job_events (org_id uuid not null, job_id uuid not null references jobs(id) on delete cascade,
  seq integer not null, type text not null, data jsonb not null, created_at timestamptz not null default now(),
  primary key (job_id, seq));
create table audit_events (id bigserial primary key, org_id uuid, project_id uuid, actor_type text not null,
  actor_id uuid, action text not null, target text, request_id text, outcome text not null,
  status_code integer, created_at timestamptz not null default now());
create index audit_events_org on audit_events (org_id, created_at);
`;

function policies(): string {
  const out: string[] = [];
  for (const t of TENANT_TABLES) {
    out.push(`alter table ${t} enable row level security;`, `alter table ${t} force row level security;`);
  }
  const own = (t: string, col = 'org_id') => `create policy tenant_isolation on ${t} using (${col} = ${ORG}) with check (${col} = ${ORG});`;
  for (const t of ['invitations', 'api_keys', 'projects', 'project_inputs', 'documents', 'document_versions', 'jobs', 'job_events']) {
    out.push(own(t));
  }
  // A user sees the organizations they belong to (to list them) and their own memberships.
  out.push(
    `create policy tenant_isolation on organizations using (id = ${ORG} or id in (select org_id from memberships where user_id = ${USER})) with check (id = ${ORG});`,
    `create policy tenant_isolation on memberships using (org_id = ${ORG} or user_id = ${USER}) with check (org_id = ${ORG});`,
    // Members' names and emails are visible to the organizations they share, nothing more.
    `alter table users enable row level security;`,
    `create policy shared_org on users for select using (id = ${USER} or id in (select user_id from memberships where org_id = ${ORG}));`,
    `create policy audit_read on audit_events for select using (org_id = ${ORG});`,
    `create policy audit_append on audit_events for insert with check (org_id is null or org_id = ${ORG});`,
  );
  return out.join('\n');
}

function grants(): string {
  const rw = ['organizations', 'memberships', 'invitations', 'api_keys', 'projects', 'project_inputs', 'documents', 'document_versions', 'jobs', 'job_events'];
  return [
    `grant usage on schema public to ${APP_ROLE};`,
    `grant select (id, email, name) on users to ${APP_ROLE};`,
    `grant select, insert, update, delete on ${rw.join(', ')} to ${APP_ROLE};`,
    // Append-only: the application role may add and read audit events, never change or remove them.
    `grant select, insert on audit_events to ${APP_ROLE};`,
    `grant usage on sequence audit_events_id_seq to ${APP_ROLE};`,
  ].join('\n');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // The role is cluster-wide; parallel databases may race to create it.
  await sql
    .raw(
      `do $$ begin
         if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then create role ${APP_ROLE} nologin; end if;
       exception when duplicate_object or unique_violation then null; end $$;`,
    )
    .execute(db);
  await sql.raw(DDL).execute(db);
  await sql.raw(policies()).execute(db);
  await sql.raw(grants()).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop table if exists audit_events, job_events, jobs, document_versions, documents, project_inputs, projects,
         api_keys, invitations, memberships, organizations, refresh_tokens, users, settings cascade;
       revoke usage on schema public from ${APP_ROLE};`,
    )
    .execute(db);
}
