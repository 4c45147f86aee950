import type { DocumentSummary, StepState } from '../api/api-types.js';
import type { Resource } from '../api/use-resource.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import type { StepSlug } from '../router/match-route.js';
import { DocumentNav } from './document-nav.js';
import { DocumentPanel } from './document-panel.js';
import { GenerateBar } from './generate-bar.js';
import { stepTitles } from './steps.js';

export interface StepDocumentsProps {
  readonly org: string;
  readonly project: string;
  readonly step: StepSlug;
  readonly doc: string | null;
  readonly info: StepState | null;
  readonly documents: Resource<{ items: DocumentSummary[] }>;
  /** The step's URL is built from this (the project's path, with slugs). */
  readonly base: string;
  readonly onChanged: () => void;
}

/** One step's documents: generate them, pick one from the list, read, edit and compare it. */
export function StepDocuments({ org, project, step, doc, info, documents, onChanged, base }: StepDocumentsProps) {
  const mine = (documents.data?.items ?? []).filter((d) => d.step === step);
  const selected = mine.find((d) => d.path === doc) ?? (doc === null ? mine[0] : undefined) ?? null;

  return (
    <>
      <GenerateBar key={step} org={org} project={project} step={step} info={info} onFinished={onChanged} />
      {documents.status === 'error' && documents.data === null ? (
        <ErrorState error={documents.error} onRetry={onChanged} />
      ) : documents.data === null ? (
        <Loading what="documents" />
      ) : mine.length === 0 ? (
        <Empty title={`No ${stepTitles[step]} documents yet.`}>
          <p className="muted">Generate this step to write them; every run keeps the earlier versions.</p>
        </Empty>
      ) : (
        <div className="workspace">
          <DocumentNav org={org} project={project} documents={mine} selected={selected?.path ?? null} base={`${base}/${step}`} />
          {selected ? (
            <DocumentPanel key={selected.id} org={org} project={project} document={selected} onChanged={onChanged} />
          ) : (
            <Empty title="This document does not exist in this step." />
          )}
        </div>
      )}
    </>
  );
}
