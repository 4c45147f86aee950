import { describe, expect, it } from 'vitest';
import { matchRoute, routePath, type Route } from '../../web/src/router/match-route.js';

describe('web routes', () => {
  it('reads every view of the app from its path', () => {
    expect(matchRoute('/')).toEqual({ kind: 'home' });
    expect(matchRoute('/signup')).toEqual({ kind: 'signup' });
    expect(matchRoute('/login')).toEqual({ kind: 'login' });
    expect(matchRoute('/o/acme')).toEqual({ kind: 'org', org: 'acme' });
    expect(matchRoute('/o/acme/members')).toEqual({ kind: 'members', org: 'acme' });
    expect(matchRoute('/o/acme/keys')).toEqual({ kind: 'keys', org: 'acme' });
    expect(matchRoute('/o/acme/p/shop')).toEqual({ kind: 'project', org: 'acme', project: 'shop', step: 'description', doc: null });
    expect(matchRoute('/o/acme/p/shop/architecture', '?doc=docs%2Fadr%2FADR-001-style.md&tab=history')).toEqual({
      kind: 'project',
      org: 'acme',
      project: 'shop',
      step: 'architecture',
      doc: 'docs/adr/ADR-001-style.md',
    });
    expect(matchRoute('/o/acme/p/shop/search')).toEqual({ kind: 'search', org: 'acme', project: 'shop' });
  });

  it('shows not-found for paths the app does not have', () => {
    for (const path of ['/x', '/o', '/o/acme/p', '/o/acme/p/shop/deploy', '/o/acme/p/shop/architecture/docs/a.md', '/o/acme/settings/x', '/signup/extra', '/o/%E0%A4%A']) {
      expect(matchRoute(path), path).toEqual({ kind: 'not-found' });
    }
  });

  it('writes paths that read back to the same route, whatever the names contain', () => {
    const routes: Route[] = [
      { kind: 'org', org: 'a b/c' },
      { kind: 'project', org: 'acme', project: 'shop ü', step: 'plan', doc: 'docs/plans/01 infra.md' },
      { kind: 'project', org: 'acme', project: 'shop', step: 'rules', doc: null },
      { kind: 'search', org: 'acme', project: 'shop' },
      { kind: 'members', org: 'acme' },
    ];
    for (const route of routes) {
      const path = routePath(route);
      const [pathname, search] = path.split('?');
      expect(matchRoute(pathname!, search ? `?${search}` : '')).toEqual(route);
      expect(pathname, 'no file extension at the end of a path').not.toMatch(/\.[a-z0-9]+$/i);
    }
  });
});
