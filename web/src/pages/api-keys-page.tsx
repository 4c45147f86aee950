import { useState } from 'react';
import { api } from '../api/archway-api.js';
import { scopes as scopeChoices, type Org, type Scope } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Field } from '../components/field.js';
import { Empty, ErrorState, Loading, errorMessage } from '../components/states.js';
import { useSubmit } from './auth-form.js';

/** API keys for scripts and CI: a new key is shown once; revoked keys stop working at once. */
export function ApiKeysPage({ org: orgInfo }: { readonly org: Org }) {
  const org = orgInfo.id;
  const [keys, reload] = useResource(org, () => api.apiKeys(org));
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['project:read']);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const key = await api.createApiKey(org, { name, scopes });
    setCreated({ name: key.name, key: key.key });
    setName('');
    reload();
  });
  const revoke = async (id: string) => {
    setRevokeError(null);
    try {
      await api.revokeApiKey(org, id);
      reload();
    } catch (caught) {
      setRevokeError(errorMessage(caught));
    }
  };

  return (
    <>
      <h1>API keys</h1>
      {created ? (
        <div className="notice" role="status">
          <strong>Copy the key “{created.name}” now.</strong> It is shown only once and cannot be read again.
          <code className="key-once" data-testid="new-key">
            {created.key}
          </code>
          <button type="button" onClick={() => setCreated(null)}>
            I have copied it
          </button>
        </div>
      ) : null}
      {revokeError ? <ErrorState error={revokeError} /> : null}
      {keys.status === 'error' ? (
        <ErrorState error={keys.error} onRetry={reload} />
      ) : keys.data === null ? (
        <Loading what="API keys" />
      ) : keys.data.items.length === 0 ? (
        <Empty title="No API keys yet." />
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>{key.scopes.join(', ')}</td>
                  <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : 'never'}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="badge badge-bad">revoked</span>
                    ) : (
                      <button type="button" className="danger" onClick={() => void revoke(key.id)}>
                        Revoke<span className="visually-hidden"> {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card" style={{ marginTop: 24 }} aria-labelledby="new-key-title">
        <h2 id="new-key-title" style={{ marginTop: 0 }}>
          Create a key
        </h2>
        <form onSubmit={(event) => void onSubmit(event)}>
          <Field label="Key name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} hint="What uses it, e.g. “CI pipeline”." />
          <fieldset className="field" style={{ border: 'none', padding: 0 }}>
            <legend style={{ fontWeight: 600 }}>Scopes</legend>
            {scopeChoices.map((scope) => (
              <label key={scope} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <input
                  type="checkbox"
                  style={{ minHeight: 0 }}
                  checked={scopes.includes(scope)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, scope].sort() : scopes.filter((s) => s !== scope))}
                />
                {scope}
              </label>
            ))}
          </fieldset>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            Create key
          </button>
        </form>
      </section>
    </>
  );
}
