import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/archway-api.js';
import { useResource } from '../api/use-resource.js';
import { Stepper } from '../components/stepper.js';
import { ErrorState, Loading, errorMessage } from '../components/states.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { Link } from '../router/link.js';
import type { StepSlug } from '../router/match-route.js';
import { DescriptionStep } from './description-step.js';
import { StepDocuments } from './step-documents.js';
import { projectBase, stepItems } from './steps.js';

export interface ProjectPageProps {
  readonly org: string;
  readonly project: string;
  readonly step: StepSlug;
  readonly doc: string | null;
}

/** The project workspace: the stepper, then the current step's inputs or documents. */
export function ProjectPage({ org, project, step, doc }: ProjectPageProps) {
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
  const base = projectBase(org, project);

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            <Link to={`/o/${encodeURIComponent(org)}`}>Projects</Link> /
          </p>
          <h1>{data.name}</h1>
        </div>
        <div className="toolbar">
          <Link to={`${base}/search`} className="button">
            Search
          </Link>
          <ExportButton org={org} project={project} disabled={(documents.data?.items.length ?? 0) === 0} />
        </div>
      </div>
      <Stepper steps={stepItems(org, project, data.steps)} current={step} />
      {step === 'description' ? (
        <DescriptionStep org={org} project={project} data={data} documents={documents} onChanged={refresh} doc={doc} />
      ) : (
        <StepDocuments
          org={org}
          project={project}
          step={step}
          doc={doc}
          info={data.steps.find((s) => s.step === step) ?? null}
          documents={documents}
          onChanged={refresh}
        />
      )}
    </>
  );
}

function ExportButton({ org, project, disabled }: { org: string; project: string; disabled: boolean }) {
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
      a.download = filename ?? `${project}.zip`;
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
