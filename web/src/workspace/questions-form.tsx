import { useId, useState } from 'react';
import type { Question } from '../api/api-types.js';
import { errorMessage } from '../components/states.js';

function QuestionField({ question, value, onChange }: { question: Question; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{question.question}</label>
      {question.options.length > 0 ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-why`}>
          <option value="">— keep Archway's assumption —</option>
          {question.options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-why`} />
      )}
      <p className="field-hint" id={`${id}-why`}>
        {question.why}
      </p>
    </div>
  );
}

/** The questions Archway asks about the requirements, answered in place. */
export function QuestionsForm({ questions, onSave }: { readonly questions: readonly Question[]; readonly onSave: (answers: Record<string, string>) => Promise<void> }) {
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(questions.map((q) => [q.id, q.answer ?? ''])));
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await onSave(Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim().length > 0)));
      setStatus('Answers saved. Regenerate the steps to use them.');
    } catch (caught) {
      setStatus(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title" style={{ marginTop: 0 }}>
        Questions from Archway ({questions.length})
      </h2>
      <p className="muted">Each answer replaces an assumption Archway had to make with your fact.</p>
      <form
        className="questions"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {questions.map((q) => (
          <QuestionField key={q.id} question={q} value={answers[q.id] ?? ''} onChange={(value) => setAnswers((all) => ({ ...all, [q.id]: value }))} />
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
