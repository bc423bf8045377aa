import { MANAGERS, ROLE_LABELS } from '@/lib/server/access/roles';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { orNotFound } from '@/lib/server/http/page';
import { listInvitations } from '@/lib/server/invitations/list-invitations';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { listMembers } from '@/lib/server/organizations/list-members';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';
import { CopyButton } from '@/lib/ui/forms/copy-button';
import { LocalTime } from '@/lib/ui/time/local-time';

export const metadata = { title: 'Members' };

const ROLES = ['owner', 'coach', 'reviewer', 'candidate'] as const;
const STATUS_LABEL = { active: 'Active', expired: 'Expired', revoked: 'Revoked', used_up: 'Used up' } as const;

export default async function MembersPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/members`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  const members = await orNotFound(listMembers(db(), { userId: user.id, organizationId: org.id }));
  const manager = MANAGERS.includes(org.myRole);
  const owner = org.myRole === 'owner';
  const env = serverEnv();
  const invitations = manager ? await listInvitations(db(), { userId: user.id, organizationId: org.id, appUrl: env.APP_URL }) : [];
  const invitableRoles = owner ? ROLES : (['candidate'] as const);
  const api = `/api/organizations/${org.id}`;
  return (
    <div className="stack">
      <section aria-labelledby="members">
        <h2 id="members">Members</h2>
        <table className="table table-stack">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Joined</th>
              <th>{owner ? 'Actions' : ''}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} data-testid="member-row">
                <td>
                  <strong>{m.name}</strong>
                  <br />
                  <span className="muted">{m.email}</span>
                </td>
                <td>
                  {owner && m.userId !== user.id ? (
                    <ApiForm url={`${api}/members/${m.userId}`} method="PATCH" submitLabel="Save" buttonClassName="button button-small" className="inline-form">
                      <select name="role" defaultValue={m.role} aria-label={`Role of ${m.name}`}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABELS[r]}
                          </option>
                        ))}
                      </select>
                    </ApiForm>
                  ) : (
                    ROLE_LABELS[m.role]
                  )}
                </td>
                <td className="muted">
                  <LocalTime iso={m.joinedAt} />
                </td>
                <td>
                  {owner && m.userId !== user.id && (
                    <ApiForm
                      url={`${api}/members/${m.userId}`}
                      method="DELETE"
                      submitLabel="Remove"
                      confirm={`Remove ${m.name} from ${org.name}?${m.assignments ? ` Their ${m.assignments} ${m.assignments === 1 ? 'assignment' : 'assignments'} here will be withdrawn; their own submissions stay theirs.` : ''}`}
                      buttonClassName="button button-small button-danger"
                      className="inline-form"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {manager && (
        <section aria-labelledby="invitations" className="card">
          <h2 id="invitations">Invite people</h2>
          <p className="muted">
            An invitation is a link: whoever opens it signs in (or creates an account) and joins with the role you choose.
            {env.SMTP_URL ? ' Give an e-mail address to have the link sent as well.' : ' Copy it and send it however you like.'}
          </p>
          <ApiForm url={`${api}/invitations`} submitLabel="Create invitation link" className="form-grid" successMessage="Invitation created: copy its link from the list below.">
            <div className="form-row">
              <Field name="role" label="Role">
                <select name="role" defaultValue="candidate">
                  {invitableRoles.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field name="expiresInDays" label="Expires in">
                <select name="expiresInDays" defaultValue="7">
                  <option value="1">1 day</option>
                  <option value="7">7 days</option>
                  <option value="30">30 days</option>
                  <option value="90">90 days</option>
                </select>
              </Field>
              <Field name="uses" label="Uses">
                <select name="uses" defaultValue="single">
                  <option value="single">One person (single-use)</option>
                  <option value="multi">Anyone with the link (multi-use)</option>
                </select>
              </Field>
              {env.SMTP_URL && (
                <Field name="email" label="E-mail (optional)">
                  <input name="email" type="email" autoComplete="off" />
                </Field>
              )}
            </div>
          </ApiForm>
          {invitations.length > 0 && (
            <div className="table-scroll" style={{ marginTop: '1rem' }}>
              <table className="table table-compact table-stack" data-testid="invitations">
                <thead>
                  <tr>
                    <th>Link</th>
                    <th>Role</th>
                    <th>Status</th>
                    <th>Joined through it</th>
                    <th>Expires</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((i) => (
                    <tr key={i.id}>
                      <td>
                        <div className="inline-form">
                          <input className="link-input" readOnly value={i.url} aria-label={`${ROLE_LABELS[i.role]} invitation link`} />
                          {i.status === 'active' && <CopyButton text={i.url} />}
                        </div>
                        {i.email && <small className="muted">sent to {i.email}</small>}
                      </td>
                      <td>{ROLE_LABELS[i.role]}</td>
                      <td>
                        <span className={`tag tag-${i.status}`}>{STATUS_LABEL[i.status]}</span>
                        <br />
                        <small className="muted">
                          {i.uses} of {i.maxUses ?? '∞'} used
                        </small>
                      </td>
                      <td>{i.joined.length ? i.joined.map((j) => j.name).join(', ') : <span className="muted">nobody yet</span>}</td>
                      <td className="muted">
                        <LocalTime iso={i.expiresAt} />
                      </td>
                      <td>
                        {i.status === 'active' && (owner || i.role === 'candidate') && (
                          <ApiForm
                            url={`${api}/invitations/${i.id}`}
                            method="DELETE"
                            submitLabel="Revoke"
                            confirm="Revoke this link? Nobody else can join through it; who joined stays."
                            buttonClassName="button button-small button-danger"
                            className="inline-form"
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
