/** The project steps, in order, as they appear in URLs. */
export const stepSlugs = ['description', 'architecture', 'plan', 'rules'] as const;
export type StepSlug = (typeof stepSlugs)[number];

export type Route =
  | { kind: 'home' }
  | { kind: 'signup' }
  | { kind: 'login' }
  | { kind: 'org'; org: string }
  | { kind: 'members'; org: string }
  | { kind: 'keys'; org: string }
  | { kind: 'project'; org: string; project: string; step: StepSlug; doc: string | null }
  | { kind: 'search'; org: string; project: string }
  | { kind: 'not-found' };

const isStep = (value: string): value is StepSlug => (stepSlugs as readonly string[]).includes(value);

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Reads a path (and its query, for the open document) into a route. The document stays in the
 * query: a path ending in a file extension would be taken by the server for a missing asset.
 * @example matchRoute('/o/acme/p/jeex/architecture', '?doc=docs/architecture.md')
 * // { kind: 'project', org: 'acme', project: 'jeex', step: 'architecture', doc: 'docs/architecture.md' }
 */
export function matchRoute(pathname: string, search = ''): Route {
  const raw = pathname.split('/').filter((s) => s.length > 0);
  const parts: string[] = [];
  for (const segment of raw) {
    const value = decode(segment);
    if (value === null) return { kind: 'not-found' };
    parts.push(value);
  }
  const [first, org, third, project, step, ...rest] = parts;
  const doc = new URLSearchParams(search).get('doc');
  if (first === undefined) return { kind: 'home' };
  if (parts.length === 1 && first === 'signup') return { kind: 'signup' };
  if (parts.length === 1 && first === 'login') return { kind: 'login' };
  if (first !== 'o' || org === undefined) return { kind: 'not-found' };
  if (third === undefined) return { kind: 'org', org };
  if (parts.length === 3 && third === 'members') return { kind: 'members', org };
  if (parts.length === 3 && third === 'keys') return { kind: 'keys', org };
  if (third !== 'p' || project === undefined) return { kind: 'not-found' };
  if (step === undefined) return { kind: 'project', org, project, step: 'description', doc };
  if (step === 'search' && rest.length === 0) return { kind: 'search', org, project };
  if (!isStep(step) || rest.length > 0) return { kind: 'not-found' };
  return { kind: 'project', org, project, step, doc: doc !== null && doc.length > 0 ? doc : null };
}

const enc = encodeURIComponent;

/** The path of a route: the inverse of matchRoute. */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '/';
    case 'signup':
      return '/signup';
    case 'login':
      return '/login';
    case 'org':
      return `/o/${enc(route.org)}`;
    case 'members':
      return `/o/${enc(route.org)}/members`;
    case 'keys':
      return `/o/${enc(route.org)}/keys`;
    case 'project': {
      const base = `/o/${enc(route.org)}/p/${enc(route.project)}/${route.step}`;
      return route.doc === null ? base : `${base}?doc=${enc(route.doc)}`;
    }
    case 'search':
      return `/o/${enc(route.org)}/p/${enc(route.project)}/search`;
    case 'not-found':
      return '/not-found';
  }
}
