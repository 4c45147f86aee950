import { useMemo } from 'react';
import { diffStats, inlineRows, sideBySideRows } from '../diff/diff-rows.js';

export type DiffMode = 'side-by-side' | 'inline';

export interface DiffViewProps {
  readonly before: string;
  readonly after: string;
  readonly beforeLabel: string;
  readonly afterLabel: string;
  readonly mode: DiffMode;
}

const mark = { same: ' ', added: '+', removed: '−' } as const;

/** Two versions of a document compared line by line, side by side or inline. */
export function DiffView({ before, after, beforeLabel, afterLabel, mode }: DiffViewProps) {
  const inline = useMemo(() => inlineRows(before, after), [before, after]);
  const side = useMemo(() => (mode === 'side-by-side' ? sideBySideRows(before, after) : []), [mode, before, after]);
  const stats = diffStats(inline);
  const summary =
    stats.added + stats.removed === 0
      ? `${beforeLabel} and ${afterLabel} are identical.`
      : `${stats.added} line${stats.added === 1 ? '' : 's'} added, ${stats.removed} removed from ${beforeLabel} to ${afterLabel}.`;

  return (
    <section className="diff" aria-label={`Differences between ${beforeLabel} and ${afterLabel}`}>
      <p className="diff-summary" role="status">
        {summary}
      </p>
      <div className="diff-scroll" tabIndex={0} aria-label="Diff lines">
        {mode === 'inline' ? (
          <table className="diff-table diff-inline">
            <thead>
              <tr>
                <th scope="col">{beforeLabel}</th>
                <th scope="col">{afterLabel}</th>
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
                <th scope="col">Line</th>
              </tr>
            </thead>
            <tbody>
              {inline.map((row, i) => (
                <tr key={i} className={`diff-${row.kind}`}>
                  <td className="diff-num">{row.oldLine ?? ''}</td>
                  <td className="diff-num">{row.newLine ?? ''}</td>
                  <td className="diff-mark" aria-label={row.kind === 'same' ? undefined : row.kind}>
                    {mark[row.kind]}
                  </td>
                  <td className="diff-text">{row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="diff-table diff-side">
            <thead>
              <tr>
                <th scope="col" colSpan={2}>
                  {beforeLabel}
                </th>
                <th scope="col" colSpan={2}>
                  {afterLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {side.map((row, i) => (
                <tr key={i}>
                  <td className="diff-num">{row.left?.line ?? ''}</td>
                  <td className={`diff-text ${row.left?.changed ? 'diff-removed' : ''} ${row.left ? '' : 'diff-blank'}`}>
                    {row.left?.text ?? ''}
                  </td>
                  <td className="diff-num">{row.right?.line ?? ''}</td>
                  <td className={`diff-text ${row.right?.changed ? 'diff-added' : ''} ${row.right ? '' : 'diff-blank'}`}>
                    {row.right?.text ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
