import { useId, type ReactNode } from 'react';
import { api } from '../api/archway-api.js';
import { getSession, setSession } from '../auth/session.js';
import { useMe } from '../auth/me-context.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/use-location.js';

/** The frame of every signed-in page: brand, organization switcher, organization navigation, sign out. */
export function Layout({ org, children }: { readonly org: string | null; readonly children: ReactNode }) {
  const me = useMe();
  const switchId = useId();
  const logout = async () => {
    const session = getSession();
    if (session !== null) await api.logout(session.refreshToken).catch(() => undefined);
    setSession(null);
    navigate('/login');
  };
  const known = me.organizations.some((o) => o.slug === org);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={org && known ? `/o/${encodeURIComponent(org)}` : '/'} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Archway
        </Link>
        {me.organizations.length > 0 ? (
          <div className="org-switch">
            <label htmlFor={switchId}>Organization</label>
            <select
              id={switchId}
              value={known ? (org ?? '') : ''}
              onChange={(event) => navigate(`/o/${encodeURIComponent(event.target.value)}`)}
            >
              {known ? null : <option value="">Choose…</option>}
              {me.organizations.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {org && known ? (
          <nav aria-label="Organization">
            <ul>
              <li>
                <Link to={`/o/${encodeURIComponent(org)}`}>Projects</Link>
              </li>
              <li>
                <Link to={`/o/${encodeURIComponent(org)}/members`}>Members</Link>
              </li>
              <li>
                <Link to={`/o/${encodeURIComponent(org)}/keys`}>API keys</Link>
              </li>
            </ul>
          </nav>
        ) : null}
        <span className="spacer" />
        <span className="user" title={me.user.email}>
          {me.user.name || me.user.email}
        </span>
        <button type="button" onClick={() => void logout()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
