import { getSession, setSession } from '../auth/session.js';
import { ApiError, apiErrorFrom } from './api-error.js';

export const API_BASE = '/api/v1';

export interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Record<string, string | number | undefined>;
  readonly auth?: boolean;
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for a new pair once, however many requests found the access token expired. */
function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = getSession();
    if (session === null) return false;
    try {
      const response = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!response.ok) {
        setSession(null);
        return false;
      }
      const tokens = (await response.json()) as { accessToken: string; refreshToken: string };
      setSession({ ...session, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export function authHeaders(): Record<string, string> {
  const session = getSession();
  return session === null ? {} : { authorization: `Bearer ${session.accessToken}` };
}

function url(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.auth !== false) Object.assign(headers, authHeaders());
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  try {
    return await fetch(url(path, options.query), init);
  } catch {
    throw new ApiError(0, 'NETWORK', 'The Archway server cannot be reached. Check your connection and try again.', [], null);
  }
}

/** One JSON request to the Archway API; an expired access token is refreshed once and the request retried. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 401 && options.auth !== false && getSession() !== null && (await refreshSession())) {
    response = await send(method, path, options);
  }
  if (response.status === 401 && options.auth !== false) setSession(null);
  const text = await response.text();
  let body: unknown = null;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as T;
}

/** A binary download (the export ZIP), with the file name the server suggested. */
export async function download(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let response = await send('GET', path, {});
  if (response.status === 401 && (await refreshSession())) response = await send('GET', path, {});
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw apiErrorFrom(response.status, body);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename: filename ? decodeURIComponent(filename) : null };
}
