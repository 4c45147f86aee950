/** Row → JSON helpers: dates as ISO strings, snake_case to the API's camelCase. */
export const iso = (d: Date | string | null | undefined): string | null => (d == null ? null : new Date(d).toISOString());
export const isoRequired = (d: Date | string): string => new Date(d).toISOString();

export function projectDto(p: { id: string; name: string; slug: string; description: string; created_at: Date; updated_at: Date }) {
  return { id: p.id, name: p.name, slug: p.slug, description: p.description, createdAt: isoRequired(p.created_at), updatedAt: isoRequired(p.updated_at) };
}

export function orgDto(o: { id: string; name: string; slug: string; created_at: Date }, role: string) {
  return { id: o.id, name: o.name, slug: o.slug, role, createdAt: isoRequired(o.created_at) };
}

export function jobDto(j: { id: string; project_id: string; kind: string; step: string | null; status: string; error: string | null; result: unknown; created_at: Date; started_at: Date | null; finished_at: Date | null }) {
  return {
    id: j.id,
    projectId: j.project_id,
    kind: j.kind,
    step: j.step,
    status: j.status,
    error: j.error,
    result: j.result ?? null,
    createdAt: isoRequired(j.created_at),
    startedAt: iso(j.started_at),
    finishedAt: iso(j.finished_at),
  };
}

export function versionDto(v: { version: number; sha256: string; size: number; source: string; created_by: string | null; created_at: Date }) {
  return { version: v.version, sha256: v.sha256, size: v.size, source: v.source, createdBy: v.created_by, createdAt: isoRequired(v.created_at) };
}

export function documentDto(d: { id: string; step: string; path: string; active_version: number; latest_version: number; sha256: string; size: number; updated_at: Date }) {
  return { id: d.id, step: d.step, path: d.path, activeVersion: d.active_version, latestVersion: d.latest_version, sha256: d.sha256, size: d.size, updatedAt: isoRequired(d.updated_at) };
}

/** A URL- and file-name-safe slug of a name (falls back to `project`). */
export function slugify(name: string): string {
  const s = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return s.length >= 2 ? s : `${s || 'project'}-1`.slice(0, 60);
}
