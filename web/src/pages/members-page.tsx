import { useState } from 'react';
import { api } from '../api/archway-api.js';
import { invitableRoles, roles, type Org, type Role } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Field } from '../components/field.js';
import { ErrorState, Loading, errorMessage } from '../components/states.js';
import { useSubmit } from './auth-form.js';

/** Members and their roles; owners and admins change roles, remove members and invite. */
export function MembersPage({ org: orgInfo }: { readonly org: Org }) {
  const org = orgInfo.id;
  const myRole = orgInfo.role;
  const canManage = myRole === 'owner' || myRole === 'admin';
  const [members, reload] = useResource(org, () => api.members(org));
  const [actionError, setActionError] = useState<string | null>(null);

  const act = async (action: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await action();
      reload();
    } catch (error) {
      setActionError(errorMessage(error));
    }
  };

  return (
    <>
      <h1>Members</h1>
      {actionError ? (
        <p className="state state-error" role="alert">
          {actionError}
        </p>
      ) : null}
      {members.status === 'error' ? (
        <ErrorState error={members.error} onRetry={reload} />
      ) : members.data === null ? (
        <Loading what="members" />
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                {canManage ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((member) => (
                <tr key={member.userId}>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>
                    {canManage ? (
                      <select
                        aria-label={`Role of ${member.email}`}
                        value={member.role}
                        onChange={(e) => void act(() => api.setRole(org, member.userId, { role: e.target.value as Role }))}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="badge">{member.role}</span>
                    )}
                  </td>
                  {canManage ? (
                    <td>
                      <button type="button" className="danger" onClick={() => void act(() => api.removeMember(org, member.userId))}>
                        Remove<span className="visually-hidden"> {member.email}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? <Invite org={org} /> : null}
    </>
  );
}

function Invite({ org }: { readonly org: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof invitableRoles)[number]>('editor');
  const [token, setToken] = useState<string | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const result = await api.invite(org, { email, role });
    setToken(result.token);
    setEmail('');
  });
  return (
    <section className="card" style={{ marginTop: 24 }} aria-labelledby="invite">
      <h2 id="invite" style={{ marginTop: 0 }}>
        Invite someone
      </h2>
      <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
        <Field label="Email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrors.email} />
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as (typeof invitableRoles)[number])}>
            {invitableRoles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Invite
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {token ? (
        <div className="notice" role="status">
          Invitation created. Send this token to the person you invited; it is shown only once:
          <code className="key-once">{token}</code>
        </div>
      ) : null}
    </section>
  );
}
