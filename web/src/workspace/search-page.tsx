import { useEffect, useId, useState } from 'react';
import { api } from '../api/archway-api.js';
import type { Org } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { Link } from '../router/link.js';
import { navigate, useLocation, useQueryParam, withQuery } from '../router/use-location.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { projectBase } from './steps.js';
import { useProject } from './use-project.js';

/** Highlights the matched words of a snippet without trusting it as HTML. */
function Snippet({ text }: { readonly text: string }) {
  const parts = text.split(/(<<|>>|<b>|<\/b>|\*\*)/);
  let marked = false;
  return (
    <p className="snippet">
      {parts.map((part, index) => {
        if (part === '<<' || part === '<b>' || part === '**') {
          marked = part === '**' ? !marked : true;
          return null;
        }
        if (part === '>>' || part === '</b>') {
          marked = false;
          return null;
        }
        return marked ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>;
      })}
    </p>
  );
}

/** Full-text search over the project's documents and inputs. */
export function SearchPage({ org, project: slug }: { readonly org: Org; readonly project: string }) {
  const [found] = useProject(org, slug);
  if (found.status === 'error' && found.data === null) return <ErrorState error={found.error} />;
  if (found.status === 'loading' && found.data === null) return <Loading what="project" />;
  if (found.data === null) return <NotFoundPage />;
  return <ProjectSearch org={org.id} project={found.data.id} base={projectBase(org.slug, slug)} />;
}

function ProjectSearch({ org, project, base }: { readonly org: string; readonly project: string; readonly base: string }) {
  const location = useLocation();
  const q = useQueryParam('q') ?? '';
  const [typed, setTyped] = useState(q);
  const id = useId();
  const [results, reload] = useResource(q ? `${org}|${project}|${q}` : null, () => api.search(org, project, q));
  useEffect(() => setTyped(q), [q]);

  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link to={base}>Back to the project</Link>
      </p>
      <h1>Search this project</h1>
      <form
        role="search"
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(withQuery(location, { q: typed.trim() || null }));
        }}
      >
        <div className="field">
          <label htmlFor={id}>Words to find</label>
          <input id={id} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      <div style={{ marginTop: 16 }}>
        {!q ? (
          <Empty title="Type words to search the documents and requirement inputs." />
        ) : results.status === 'error' && results.data === null ? (
          <ErrorState error={results.error} onRetry={reload} />
        ) : results.data === null ? (
          <Loading what="results" />
        ) : results.data.items.length === 0 ? (
          <Empty title={`Nothing matches “${q}”.`} />
        ) : (
          <ol className="search-results" aria-label="Results">
            {results.data.items.map((hit, index) => (
              <li key={`${hit.kind}:${hit.path}:${index}`}>
                <Link to={hit.kind === 'document' && hit.step ? `${base}/${hit.step}?doc=${encodeURIComponent(hit.path)}` : `${base}/description`}>
                  {hit.path}
                </Link>{' '}
                <span className="badge">{hit.kind === 'document' ? (hit.step ?? 'document') : 'input'}</span>
                <Snippet text={hit.snippet} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
