import { useEffect, useId, useState } from 'react';
import { api } from '../api/archway-api.js';
import type { Org } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Field } from '../components/field.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { Link } from '../router/link.js';
import { navigate, useLocation, useQueryParam, withQuery } from '../router/use-location.js';
import { useSubmit } from './auth-form.js';

/** An organization's projects, searchable, with a form to start a new one. */
export function ProjectsPage({ org }: { readonly org: Org }) {
  const location = useLocation();
  const q = useQueryParam('q') ?? '';
  const [typed, setTyped] = useState(q);
  const searchId = useId();
  const [all, reload] = useResource(org.id, () => api.projects(org.id));
  const needle = q.trim().toLowerCase();
  const projects = all.data === null ? all : { ...all, data: { items: all.data.items.filter((p) => !needle || `${p.name} ${p.slug} ${p.description}`.toLowerCase().includes(needle)) } };

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed !== q) navigate(withQuery(location, { q: typed || null }), { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, q, location]);

  return (
    <>
      <div className="page-head">
        <h1>Projects</h1>
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor={searchId} className="visually-hidden">
            Search projects
          </label>
          <input id={searchId} type="search" placeholder="Search projects" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
      </div>
      {projects.status === 'error' ? (
        <ErrorState error={projects.error} onRetry={reload} />
      ) : projects.data === null ? (
        <Loading what="projects" />
      ) : projects.data.items.length === 0 ? (
        <Empty title={q ? `No project matches “${q}”.` : 'No projects yet.'}>
          {q ? null : <p className="muted">Create the first one below: give it a name, then add your requirement documents.</p>}
        </Empty>
      ) : (
        <ul className="project-list" aria-label="Projects">
          {projects.data.items.map((project) => (
            <li key={project.id}>
              <Link to={`/o/${encodeURIComponent(org.slug)}/p/${encodeURIComponent(project.slug)}`}>
                <span className="project-name">{project.name}</span>
                <br />
                <span className="muted">{project.description || 'No description yet.'}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <NewProject org={org} />
    </>
  );
}

function NewProject({ org }: { readonly org: Org }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const project = await api.createProject(org.id, { name, description });
    navigate(`/o/${encodeURIComponent(org.slug)}/p/${encodeURIComponent(project.slug)}/description`);
  });
  return (
    <section className="card" style={{ marginTop: 24 }} aria-labelledby="new-project">
      <h2 id="new-project" style={{ marginTop: 0 }}>
        New project
      </h2>
      <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
        <Field label="Project name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} />
        <Field
          label="One-line description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldErrors.description}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create project'}
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
