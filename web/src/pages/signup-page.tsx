import { useState } from 'react';
import { api } from '../api/archway-api.js';
import { setSession } from '../auth/session.js';
import { Field } from '../components/field.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/use-location.js';
import { AuthFrame, useSubmit } from './auth-form.js';

/** Creates an account and its first organization, then opens it. */
export function SignupPage() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organization, setOrganization] = useState('');
  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const result = await api.signup({ name, email, password, organization });
    setSession({ accessToken: result.accessToken, refreshToken: result.refreshToken, email });
    navigate(result.organization ? `/o/${encodeURIComponent(result.organization.slug)}` : '/', { replace: true });
  });
  return (
    <AuthFrame title="Create your account">
      <form onSubmit={(event) => void onSubmit(event)} noValidate={false}>
        <Field label="Your name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} />
        <Field label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrors.email} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
          hint="At least 10 characters."
        />
        <Field
          label="Organization name"
          required
          value={organization}
          onChange={(e) => setOrganization(e.target.value)}
          error={fieldErrors.organization}
          hint="Your team or company; you can invite others later."
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
          <Link to="/login">I already have an account</Link>
        </div>
      </form>
    </AuthFrame>
  );
}
