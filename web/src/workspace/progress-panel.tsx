import type { Progress } from './use-generation.js';

/** A live progress bar with the log of sections written so far. */
export function ProgressPanel({ progress }: { readonly progress: Progress }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <section className="progress card" aria-labelledby="progress-title">
      <h2 id="progress-title" style={{ marginTop: 0 }}>
        {progress.status === 'done'
          ? 'Generation finished'
          : progress.status === 'failed'
            ? 'Generation failed'
            : 'Generating…'}
      </h2>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Generation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="muted" aria-live="polite">
        {percent}%{progress.connected ? '' : ' — connection lost, reconnecting…'}
        {progress.error ? ` — ${progress.error}` : ''}
      </p>
      {progress.log.length > 0 ? (
        <ol className="progress-log" aria-label="Sections written">
          {progress.log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
