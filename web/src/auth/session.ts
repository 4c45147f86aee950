import { useSyncExternalStore } from 'react';

export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly email: string;
}

const KEY = 'archway.session';
const listeners = new Set<() => void>();
let current: Session | null | undefined;

function load(): Session | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || typeof value.refreshToken !== 'string') return null;
    return { accessToken: value.accessToken, refreshToken: value.refreshToken, email: value.email ?? '' };
  } catch {
    return null;
  }
}

/** The signed-in session, kept across reloads so a shared link or a refresh lands on the same view. */
export function getSession(): Session | null {
  if (current === undefined) current = load();
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  try {
    if (session === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Private browsing may refuse storage: the session then lasts as long as the tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) {
      current = load();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
