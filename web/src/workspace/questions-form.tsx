import { useState } from 'react';
import type { Question } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { errorMessage } from '../components/states.js';

/** The questions Archway asks about the requirements, answered in place. */
export function QuestionsForm({ questions, onSave }: { readonly questions: readonly Question[]; readonly onSave: (answers: Record<string, string>) => Promise<void> }) {
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, q.answer ?? ''])),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await onSave(Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim().length > 0)));
      setStatus('Answers saved.');
    } catch (caught) {
      setStatus(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title" style={{ marginTop: 0 }}>
        Questions from Archway
      </h2>
      <p className="muted">Answering them replaces an assumption with your fact; regenerate to use the answers.</p>
      <form
        className="questions"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {questions.map((q) => (
          <Field key={q.id} label={q.text} hint={q.hint} value={answers[q.id] ?? ''} onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })} />
        ))}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save answers
          </button>
          {status ? <span role="status">{status}</span> : null}
        </div>
      </form>
    </section>
  );
}
