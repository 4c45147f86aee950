import { useState } from 'react';
import { api } from '../api/archway-api.js';
import { setSession } from '../auth/session.js';
import { Field } from '../components/field.js';
import { Link } from '../router/link.js';
import { navigate, useQueryParam } from '../router/use-location.js';
import { AuthFrame, useSubmit } from './auth-form.js';

/** Signs in and returns to the page that asked for it (a shared link), or to the first organization. */
export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = useQueryParam('next');
  const { busy, error, onSubmit } = useSubmit(async () => {
    const tokens = await api.login({ email, password });
    setSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, email });
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  });
  return (
    <AuthFrame title="Sign in">
      <form onSubmit={(event) => void onSubmit(event)}>
        <Field label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
          <Link to="/signup">Create an account</Link>
        </div>
      </form>
    </AuthFrame>
  );
}
