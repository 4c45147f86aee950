import { useState } from 'react';
import { api } from '../api/archway-api.js';
import type { DocumentSummary } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { DiffView, type DiffMode } from '../components/diff-view.js';
import { Empty, ErrorState, Loading, errorMessage } from '../components/states.js';
import { navigate, useLocation, useQueryParam, withQuery } from '../router/use-location.js';

export interface HistoryPanelProps {
  readonly org: string;
  readonly project: string;
  readonly document: DocumentSummary;
  readonly onChanged: () => void;
}

const int = (value: string | null): number | null => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/** Every version of a document; two of them compared side by side or inline; restore an old one. */
export function HistoryPanel({ org, project, document: doc, onChanged }: HistoryPanelProps) {
  const location = useLocation();
  const [versions, reload] = useResource(`${doc.id}@${doc.latestVersion}`, () => api.versions(org, project, doc.id));
  const to = int(useQueryParam('to')) ?? doc.activeVersion;
  const from = int(useQueryParam('from')) ?? Math.max(1, to - 1);
  const mode: DiffMode = useQueryParam('mode') === 'inline' ? 'inline' : 'side-by-side';
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const pair = useResource(`${doc.id}:${from}:${to}`, () =>
    Promise.all([api.version(org, project, doc.id, from), api.version(org, project, doc.id, to)]),
  )[0];

  const restore = async (version: number) => {
    setRestoring(version);
    setRestoreError(null);
    try {
      await api.restore(org, project, doc.id, version);
      onChanged();
      reload();
    } catch (caught) {
      setRestoreError(errorMessage(caught));
    } finally {
      setRestoring(null);
    }
  };
  const set = (changes: Record<string, string | null>) => navigate(withQuery(location, changes), { replace: true });

  if (versions.status === 'error' && versions.data === null) return <ErrorState error={versions.error} onRetry={reload} />;
  if (versions.data === null) return <Loading what="versions" />;
  const items = [...versions.data.items].sort((a, b) => b.version - a.version);
  if (items.length === 0) return <Empty title="No versions yet." />;

  return (
    <div>
      <ol className="version-list" aria-label="Versions">
        {items.map((v) => (
          <li key={v.version}>
            <span>
              <strong>Version {v.version}</strong> <span className="muted">({v.source}, {new Date(v.createdAt).toLocaleString()})</span>
              {v.version === doc.activeVersion ? <span className="badge badge-ok" style={{ marginLeft: 8 }}>active</span> : null}
            </span>
            {v.version === doc.activeVersion ? null : (
              <button type="button" onClick={() => void restore(v.version)} disabled={restoring !== null}>
                {restoring === v.version ? 'Restoring…' : `Restore version ${v.version}`}
              </button>
            )}
          </li>
        ))}
      </ol>
      {restoreError ? (
        <p className="state state-error" role="alert">
          {restoreError}
        </p>
      ) : null}
      <h3>Compare versions</h3>
      <div className="toolbar">
        <label>
          From{' '}
          <select value={from} onChange={(e) => set({ from: e.target.value })}>
            {items.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          to{' '}
          <select value={to} onChange={(e) => set({ to: e.target.value })}>
            {items.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="toolbar" style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend className="visually-hidden">Diff layout</legend>
          {(['side-by-side', 'inline'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="diff-mode" style={{ minHeight: 0 }} checked={mode === m} onChange={() => set({ mode: m === 'inline' ? 'inline' : null })} />{' '}
              {m === 'inline' ? 'Inline' : 'Side by side'}
            </label>
          ))}
        </fieldset>
      </div>
      {pair.status === 'error' && pair.data === null ? (
        <ErrorState error={pair.error} />
      ) : pair.data === null ? (
        <Loading what="diff" />
      ) : (
        <DiffView before={pair.data[0].content} after={pair.data[1].content} beforeLabel={`v${from}`} afterLabel={`v${to}`} mode={mode} />
      )}
    </div>
  );
}
