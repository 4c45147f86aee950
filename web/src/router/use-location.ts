import { useSyncExternalStore } from 'react';

export interface AppLocation {
  readonly pathname: string;
  readonly search: string;
}

const listeners = new Set<() => void>();
let snapshot: AppLocation | null = null;

function read(): AppLocation {
  const { pathname, search } = window.location;
  if (snapshot === null || snapshot.pathname !== pathname || snapshot.search !== search) {
    snapshot = { pathname, search };
  }
  return snapshot;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** Moves to a path inside the app without reloading; `replace` keeps the history length. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  window.scrollTo?.(0, 0);
}

/** The current path and query, re-rendering on navigation and on back/forward. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, read, read);
}

/** One query parameter of the current location. */
export function useQueryParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}

/** The current path with one query parameter set (or removed with null). */
export function withQuery(location: AppLocation, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query.length > 0 ? `${location.pathname}?${query}` : location.pathname;
}
