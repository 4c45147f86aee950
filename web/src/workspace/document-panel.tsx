import { useId, useState } from 'react';
import { api } from '../api/archway-api.js';
import type { DocumentSummary } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { DocumentView } from '../components/document-view.js';
import { ErrorState, Loading, errorMessage } from '../components/states.js';
import { Link } from '../router/link.js';
import { navigate, useLocation, useQueryParam, withQuery } from '../router/use-location.js';
import { HistoryPanel } from './history-panel.js';

export interface DocumentPanelProps {
  readonly org: string;
  readonly project: string;
  readonly document: DocumentSummary;
  readonly onChanged: () => void;
}

type Tab = 'read' | 'edit' | 'history';
const tabs: readonly { id: Tab; label: string }[] = [
  { id: 'read', label: 'Read' },
  { id: 'edit', label: 'Edit' },
  { id: 'history', label: 'History' },
];

/** One document: its active version rendered, an editor that saves a new version, and its history. */
export function DocumentPanel({ org, project, document: doc, onChanged }: DocumentPanelProps) {
  const location = useLocation();
  const raw = useQueryParam('tab');
  const tab: Tab = raw === 'edit' || raw === 'history' ? raw : 'read';
  const [active, reload] = useResource(`${doc.id}@${doc.activeVersion}`, () => api.version(org, project, doc.id, doc.activeVersion));

  return (
    <article aria-labelledby="doc-title" style={{ minWidth: 0 }}>
      <div className="page-head" style={{ marginBottom: 8 }}>
        <h2 id="doc-title" style={{ margin: 0 }}>
          {doc.path}
        </h2>
        <span className="badge">
          version {doc.activeVersion} of {doc.latestVersion}
        </span>
      </div>
      <nav className="tabs" aria-label="Document views">
        {tabs.map((t) => (
          <Link key={t.id} to={withQuery(location, { tab: t.id === 'read' ? null : t.id })} aria-current={t.id === tab ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      {tab === 'history' ? (
        <HistoryPanel org={org} project={project} document={doc} onChanged={onChanged} />
      ) : active.status === 'error' && active.data === null ? (
        <ErrorState error={active.error} onRetry={reload} />
      ) : active.data === null ? (
        <Loading what="document" />
      ) : tab === 'edit' ? (
        <Editor
          key={active.data.version}
          initial={active.data.content}
          onSave={async (content) => {
            await api.saveVersion(org, project, doc.id, content);
            onChanged();
            navigate(withQuery(location, { tab: null }));
          }}
        />
      ) : (
        <DocumentView path={doc.path} content={active.data.content} />
      )}
    </article>
  );
}

function Editor({ initial, onSave }: { initial: string; onSave: (content: string) => Promise<void> }) {
  const [content, setContent] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(content);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };
  return (
    <form
      className="editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="field-hint">
        Markdown source. Saving keeps the current text as an earlier version.
      </label>
      <textarea id={id} value={content} onChange={(e) => setContent(e.target.value)} spellCheck={false} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions" style={{ marginTop: 8 }}>
        <button type="submit" className="primary" disabled={busy || content === initial}>
          {busy ? 'Saving…' : 'Save as new version'}
        </button>
        <button type="button" onClick={() => setContent(initial)} disabled={busy || content === initial}>
          Discard changes
        </button>
      </div>
    </form>
  );
}
