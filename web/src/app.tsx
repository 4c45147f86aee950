import { useEffect, useMemo } from 'react';
import { api } from './api/archway-api.js';
import type { Org } from './api/api-types.js';
import { useResource } from './api/use-resource.js';
import { MeContext, type Me } from './auth/me-context.js';
import { useSession } from './auth/session.js';
import { Empty, ErrorState, Loading } from './components/states.js';
import { ApiKeysPage } from './pages/api-keys-page.js';
import { Layout } from './pages/layout.js';
import { LoginPage } from './pages/login-page.js';
import { MembersPage } from './pages/members-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { SignupPage } from './pages/signup-page.js';
import { matchRoute, type Route } from './router/match-route.js';
import { navigate, useLocation } from './router/use-location.js';
import { ProjectPage } from './workspace/project-page.js';
import { SearchPage } from './workspace/search-page.js';

/** The Archway web app: public sign-up and login, everything else behind a session. */
export function App() {
  const location = useLocation();
  const session = useSession();
  const route = matchRoute(location.pathname, location.search);

  useEffect(() => {
    if (session === null && route.kind !== 'signup' && route.kind !== 'login') {
      const next = location.pathname + location.search;
      navigate(route.kind === 'home' ? '/login' : `/login?next=${encodeURIComponent(next)}`, { replace: true });
    }
  }, [session, route.kind, location]);

  if (route.kind === 'signup') return <SignupPage />;
  if (route.kind === 'login') return <LoginPage />;
  if (session === null) return null;
  return <SignedIn route={route} sessionKey={session.email} />;
}

function SignedIn({ route, sessionKey }: { readonly route: Route; readonly sessionKey: string }) {
  const [me, reload] = useResource(`me|${sessionKey}`, () => api.me());
  const value = useMemo<Me | null>(() => (me.data ? { ...me.data, reload } : null), [me.data, reload]);
  const first = me.data?.organizations[0]?.slug ?? null;

  useEffect(() => {
    if (route.kind === 'home' && first !== null) navigate(`/o/${encodeURIComponent(first)}`, { replace: true });
  }, [route.kind, first]);

  if (me.status === 'error' && me.data === null) {
    return (
      <main id="main">
        <ErrorState error={me.error} onRetry={reload} />
      </main>
    );
  }
  if (value === null) {
    return (
      <main id="main">
        <Loading what="your workspace" />
      </main>
    );
  }
  const slug = 'org' in route ? route.org : null;
  const org = value.organizations.find((o) => o.slug === slug) ?? null;
  return (
    <MeContext.Provider value={value}>
      <Layout org={slug}>{slug !== null && org === null ? <NotFoundPage /> : <Page route={route} org={org} />}</Layout>
    </MeContext.Provider>
  );
}

function Page({ route, org }: { readonly route: Route; readonly org: Org | null }) {
  if (org === null) return route.kind === 'home' ? <Empty title="You are not a member of any organization yet." /> : <NotFoundPage />;
  switch (route.kind) {
    case 'org':
      return <ProjectsPage key={org.id} org={org} />;
    case 'members':
      return <MembersPage key={org.id} org={org} />;
    case 'keys':
      return <ApiKeysPage key={org.id} org={org} />;
    case 'project':
      return <ProjectPage key={`${org.id}/${route.project}`} org={org} project={route.project} step={route.step} doc={route.doc} />;
    case 'search':
      return <SearchPage key={`${org.id}/${route.project}`} org={org} project={route.project} />;
    case 'home':
      return <Empty title="You are not a member of any organization yet." />;
    case 'signup':
    case 'login':
    case 'not-found':
      return <NotFoundPage />;
  }
}
