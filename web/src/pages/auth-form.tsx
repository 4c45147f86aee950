import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/api-error.js';
import { errorMessage } from '../components/states.js';

export type FieldErrors = Record<string, string>;

/** Runs a form's submit, turning the server's field problems into messages beside each field. */
export function useSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await action();
    } catch (caught) {
      const fields: FieldErrors = {};
      if (caught instanceof ApiError) {
        for (const issue of caught.issues) {
          const key = issue.path?.split('.').pop();
          if (key && !(key in fields)) fields[key] = issue.message;
        }
      }
      setFieldErrors(fields);
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, fieldErrors, onSubmit };
}

/** The frame of the sign-up and login forms. */
export function AuthFrame({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <p className="brand" style={{ justifyContent: 'center', color: '#14213d' }}>
        <span className="brand-mark" aria-hidden="true" style={{ borderColor: '#2f5bd3' }} /> Archway
      </p>
      <h1>{title}</h1>
      <div className="card">{children}</div>
    </main>
  );
}
