/** One problem the server reported, with where it is (a field path, or a file and line). */
export interface ApiIssue {
  readonly path: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
  readonly hint: string | null;
  readonly code: string | null;
  readonly severity: 'error' | 'warning' | 'info';
}

/** A failed API request: the HTTP status and the server's error envelope, read defensively. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];
  readonly requestId: string | null;

  constructor(status: number, code: string, message: string, issues: readonly ApiIssue[], requestId: string | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.requestId = requestId;
  }

  get notFound(): boolean {
    return this.status === 404 || this.status === 403;
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function readIssue(raw: unknown): ApiIssue | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const location = (typeof r.location === 'object' && r.location !== null ? r.location : {}) as Record<string, unknown>;
  const rawPath = r.path ?? location.path ?? location.file;
  const path = Array.isArray(rawPath) ? rawPath.join('.') : text(rawPath);
  const severity = r.severity === 'warning' || r.severity === 'info' ? r.severity : 'error';
  return {
    path,
    line: int(r.line ?? location.line),
    column: int(r.column ?? location.column),
    message: text(r.message) ?? 'Invalid value.',
    hint: text(r.hint),
    code: text(r.code),
    severity,
  };
}

/** Reads an error response body in the server's envelope into an ApiError. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const envelope = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const inner = (typeof envelope.error === 'object' && envelope.error !== null ? envelope.error : envelope) as Record<
    string,
    unknown
  >;
  const rawDetails = inner.details ?? inner.issues ?? [];
  const details = Array.isArray(rawDetails) ? rawDetails : [];
  const issues = details.map(readIssue).filter((i): i is ApiIssue => i !== null);
  const fallback = status === 404 ? 'Not found.' : status === 429 ? 'Too many requests: wait a moment and try again.' : `Request failed (${status}).`;
  return new ApiError(
    status,
    text(inner.code) ?? `HTTP_${status}`,
    text(inner.message) ?? fallback,
    issues,
    text(inner.requestId) ?? text(envelope.requestId),
  );
}
