import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/archway-api.js';
import type { Org, Project } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Stepper } from '../components/stepper.js';
import { ErrorState, Loading, errorMessage } from '../components/states.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { Link } from '../router/link.js';
import type { StepSlug } from '../router/match-route.js';
import { DescriptionStep } from './description-step.js';
import { StepDocuments } from './step-documents.js';
import { projectBase, stepItems } from './steps.js';
import { useProject } from './use-project.js';

export interface ProjectPageProps {
  readonly org: Org;
  readonly project: string;
  readonly step: StepSlug;
  readonly doc: string | null;
}

/** The project workspace: the stepper, then the current step's inputs or documents. */
export function ProjectPage({ org, project: slug, step, doc }: ProjectPageProps) {
  const [found, retry] = useProject(org, slug);
  if (found.status === 'error' && found.data === null) return <ErrorState error={found.error} onRetry={retry} />;
  if (found.status === 'loading' && found.data === null) return <Loading what="project" />;
  if (found.data === null) return <NotFoundPage />;
  return <Workspace org={org} slug={slug} found={found.data} step={step} doc={doc} />;
}

interface WorkspaceProps {
  readonly org: Org;
  readonly slug: string;
  readonly found: Project;
  readonly step: StepSlug;
  readonly doc: string | null;
}

function Workspace({ org: orgInfo, slug, found, step, doc }: WorkspaceProps) {
  const org = orgInfo.id;
  const project = found.id;
  const [state, reload] = useResource(`${org}|${project}`, () => api.project(org, project));
  const [documents, reloadDocuments] = useResource(`${org}|${project}|docs`, () => api.documents(org, project));
  const refresh = useCallback(() => {
    reload();
    reloadDocuments();
  }, [reload, reloadDocuments]);

  if (state.status === 'error' && state.error instanceof ApiError && state.error.notFound) return <NotFoundPage />;
  if (state.status === 'error' && state.data === null) return <ErrorState error={state.error} onRetry={reload} />;
  if (state.data === null) return <Loading what="project" />;
  const data = state.data;
  const base = projectBase(orgInfo.slug, slug);

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            <Link to={`/o/${encodeURIComponent(orgInfo.slug)}`}>Projects</Link> /
          </p>
          <h1>{data.name}</h1>
        </div>
        <div className="toolbar">
          <Link to={`${base}/search`} className="button">
            Search
          </Link>
          <ExportButton org={org} project={project} name={slug} disabled={(documents.data?.items.length ?? 0) === 0} />
        </div>
      </div>
      <Stepper steps={stepItems(orgInfo.slug, slug, data.steps)} current={step} />
      {step === 'description' ? (
        <DescriptionStep org={org} project={project} data={data} documents={documents} onChanged={refresh} doc={doc} base={base} />
      ) : (
        <StepDocuments
          org={org}
          project={project}
          step={step}
          doc={doc}
          info={data.steps.find((s) => s.step === step) ?? null}
          documents={documents}
          onChanged={refresh}
          base={base}
        />
      )}
    </>
  );
}

function ExportButton({ org, project, name, disabled }: { org: string; project: string; name: string; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await api.exportZip(org, project);
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = filename ?? `${name}.zip`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || disabled}>
        {busy ? 'Preparing ZIP…' : 'Export ZIP'}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
