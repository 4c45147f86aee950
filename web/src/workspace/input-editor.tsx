import { useEffect, useId, useRef, useState } from 'react';
import type { Problem, ProjectInput } from '../api/api-types.js';
import { errorMessage } from '../components/states.js';

export interface InputEditorProps {
  readonly input: ProjectInput;
  readonly problems: readonly Problem[];
  readonly onSave: (content: string) => Promise<void>;
  readonly onRemove: () => Promise<void>;
}

/** Offset of the start of a 1-based line in a text. */
export function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** One requirement input (Markdown, brief YAML, SQL or OpenAPI), with its problems listed at their lines. */
export function InputEditor({ input, problems, onSave, onRemove }: InputEditorProps) {
  const [content, setContent] = useState(input.content);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => setContent(input.content), [input.content]);

  const goTo = (line: number) => {
    const el = area.current;
    if (el === null) return;
    const start = lineOffset(content, line);
    const end = content.indexOf('\n', start);
    el.focus();
    el.setSelectionRange(start, end === -1 ? content.length : end);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="editor"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => onSave(content));
      }}
    >
      <label htmlFor={id}>
        <strong>{input.path}</strong>
      </label>
      {problems.length > 0 ? (
        <ul className="problems" aria-label={`Problems in ${input.path}`}>
          {problems.map((p, index) => (
            <li key={index} className={`problem-${p.severity}`}>
              {p.location?.line !== undefined ? (
                <button type="button" onClick={() => goTo(p.location?.line ?? 1)}>
                  Line {p.location.line}
                  {p.location.column !== undefined ? `:${p.location.column}` : ''}
                </button>
              ) : p.location?.path ? (
                <code>{p.location.path}</code>
              ) : null}{' '}
              {p.message}
              {p.hint ? <span className="muted"> — {p.hint}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <textarea
        id={id}
        ref={area}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        spellCheck={false}
        aria-invalid={problems.some((p) => p.severity === 'error') ? true : undefined}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions" style={{ marginTop: 8 }}>
        <button type="submit" className="primary" disabled={busy || content === input.content}>
          Save {input.path}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void run(onRemove)}>
          Remove {input.path}
        </button>
      </div>
    </form>
  );
}
