import { useId, useState } from 'react';
import { api } from '../api/archway-api.js';
import type { DocumentSummary, Problem, Question, StepState } from '../api/api-types.js';
import { useResource, type Resource } from '../api/use-resource.js';
import { Empty, ErrorState, Loading, errorMessage } from '../components/states.js';
import { InputEditor } from './input-editor.js';
import { QuestionsForm } from './questions-form.js';
import { StepDocuments } from './step-documents.js';

export interface DescriptionStepProps {
  readonly org: string;
  readonly project: string;
  readonly doc: string | null;
  readonly data: { readonly steps: readonly StepState[]; readonly questions: readonly Question[]; readonly problems: readonly Problem[] };
  readonly documents: Resource<{ items: DocumentSummary[] }>;
  readonly onChanged: () => void;
  readonly base: string;
}

const accepted = '.md,.markdown,.yaml,.yml,.json,.sql';

/** Step one: the requirement inputs, their problems, Archway's questions, and the description it writes. */
export function DescriptionStep({ org, project, doc, data, documents, onChanged, base }: DescriptionStepProps) {
  const [inputs, reloadInputs] = useResource(`${org}|${project}|inputs`, () => api.inputs(org, project));
  const [saved, setSaved] = useState<readonly Problem[] | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [newName, setNewName] = useState('requirements.md');
  const uploadId = useId();
  const nameId = useId();

  const save = async (path: string, content: string) => {
    const result = await api.putInput(org, project, { path, content });
    setSaved(result.problems);
    reloadInputs();
    onChanged();
  };
  const upload = async (files: FileList | null) => {
    setUploadError(null);
    try {
      for (const file of Array.from(files ?? [])) await save(file.name, await file.text());
    } catch (caught) {
      setUploadError(errorMessage(caught));
    }
  };
  const problems = saved ?? data.problems;
  const paths = new Set((inputs.data?.items ?? []).map((i) => i.path));
  const problemsOf = (path: string): readonly Problem[] => problems.filter((p) => p.location?.file === path);
  const general = problems.filter((p) => p.location?.file === undefined || !paths.has(p.location.file));

  return (
    <>
      <section className="card" aria-labelledby="inputs-title">
        <h2 id="inputs-title" style={{ marginTop: 0 }}>
          Requirement inputs
        </h2>
        <p className="muted">Markdown requirement documents, a brief in YAML, existing SQL DDL or OpenAPI drafts.</p>
        <div className="toolbar">
          <input id={uploadId} type="file" multiple accept={accepted} className="visually-hidden file-input" onChange={(e) => void upload(e.target.files)} />
          <label htmlFor={uploadId} className="button">
            Upload files (.md, .yaml, .sql, OpenAPI)…
          </label>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save(newName.trim(), '').catch((caught: unknown) => setUploadError(errorMessage(caught)));
            }}
          >
            <label htmlFor={nameId} className="visually-hidden">
              New input file name
            </label>
            <input id={nameId} value={newName} onChange={(e) => setNewName(e.target.value)} />
            <button type="submit" disabled={newName.trim().length === 0}>
              Add empty input
            </button>
          </form>
        </div>
        {uploadError ? (
          <p className="state state-error" role="alert">
            {uploadError}
          </p>
        ) : null}
        {general.length > 0 ? (
          <ul className="problems" aria-label="Problems in the brief">
            {general.map((p, index) => (
              <li key={index} className={`problem-${p.severity}`}>
                {p.location?.path ? <code>{p.location.path}</code> : null} {p.message}
                {p.hint ? <span className="muted"> — {p.hint}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {inputs.status === 'error' && inputs.data === null ? (
          <ErrorState error={inputs.error} onRetry={reloadInputs} />
        ) : inputs.data === null ? (
          <Loading what="inputs" />
        ) : inputs.data.items.length === 0 ? (
          <Empty title="No requirement inputs yet.">
            <p className="muted">Upload your requirement documents, or add an empty input and paste them in.</p>
          </Empty>
        ) : (
          [...inputs.data.items]
            .sort((a, b) => a.path.localeCompare(b.path))
            .map((input) => (
              <InputEditor
                key={input.path}
                input={input}
                problems={problemsOf(input.path)}
                onSave={(content) => save(input.path, content)}
                onRemove={async () => {
                  await api.removeInput(org, project, input.path);
                  reloadInputs();
                  onChanged();
                }}
              />
            ))
        )}
      </section>
      {data.questions.length > 0 ? (
        <div style={{ marginTop: 16 }}>
          <QuestionsForm
            key={data.questions.map((q) => q.id).join(',')}
            questions={data.questions}
            onSave={async (answers) => {
              await api.answer(org, project, answers);
              onChanged();
            }}
          />
        </div>
      ) : null}
      <div style={{ marginTop: 16 }}>
        <StepDocuments
          org={org}
          project={project}
          step="description"
          doc={doc}
          info={data.steps.find((s) => s.step === 'description') ?? null}
          documents={documents}
          onChanged={onChanged}
          base={base}
        />
      </div>
    </>
  );
}
