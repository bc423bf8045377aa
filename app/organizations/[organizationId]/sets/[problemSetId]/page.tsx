import Link from 'next/link';
import { MANAGERS } from '@/lib/server/access/roles';
import { listAssignments } from '@/lib/server/assignments/list-assignments';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { renderMarkdown } from '@/lib/server/markdown/render-markdown';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { listMembers } from '@/lib/server/organizations/list-members';
import { getProblemSet } from '@/lib/server/problem-sets/get-problem-set';
import { listSetCatalog } from '@/lib/server/problem-sets/list-set-catalog';
import { topicLabel } from '@/lib/shared/topic-labels';
import { ApiForm } from '@/lib/ui/forms/api-form';
import { LocalTime } from '@/lib/ui/time/local-time';
import { SetBuilder } from '../set-builder';
import { AssignPanel } from './assign-panel';
import 'katex/dist/katex.min.css';

export const metadata = { title: 'Problem set' };

export default async function ProblemSetPage({ params }: { params: Promise<{ organizationId: string; problemSetId: string }> }) {
  const { organizationId, problemSetId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/sets/${encodeURIComponent(problemSetId)}`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  const set = await orNotFound(getProblemSet(db(), { userId: user.id, organizationId: org.id, problemSetId }));
  const manager = MANAGERS.includes(org.myRole);
  const [assignments, members, catalog, descriptionHtml] = await Promise.all([
    listAssignments(db(), { userId: user.id, organizationId: org.id, problemSetId: set.id }),
    listMembers(db(), { userId: user.id, organizationId: org.id }),
    manager ? listSetCatalog(db(), { userId: user.id, organizationId: org.id }) : Promise.resolve([]),
    renderMarkdown(set.description),
  ]);
  const candidates = members.filter((m) => m.role === 'candidate').map((m) => ({ id: m.userId, name: m.name, email: m.email }));
  const base = `/organizations/${org.id}`;
  const api = `/api/organizations/${org.id}`;
  return (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        <Link href={base}>← Problem sets</Link>
      </p>
      <div className="section-head">
        <h2>
          {set.title} {set.archived && <span className="tag">archived</span>}
        </h2>
        {manager && !set.archived && <AssignPanel organizationId={org.id} problemSetId={set.id} candidates={candidates} />}
      </div>
      {set.archived && <p className="alert alert-warning">This set is archived: its assignments stay, but it cannot be assigned again until it is restored.</p>}

      {manager ? (
        <SetBuilder organizationId={org.id} set={{ id: set.id, title: set.title, description: set.description, items: set.items }} catalog={catalog} />
      ) : (
        <section className="card">
          {set.description.trim() && <div className="markdown" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />}
          <ol>
            {set.items.map((i) => (
              <li key={i.slug}>
                {i.title} <span className="muted">· {topicLabel(i.topic)} · {i.points} points</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="assigned">
        <div className="section-head">
          <h2 id="assigned">Assigned to ({assignments.length})</h2>
          {assignments.length > 0 && <Link href={`${base}/cohort?set=${set.id}`}>Open the cohort view →</Link>}
        </div>
        {assignments.length === 0 ? (
          <p className="muted card">Nobody has this set yet.{manager && ' Use Assign to hand it to candidates, with a due date if you like.'}</p>
        ) : (
          <table className="table table-compact table-stack" data-testid="assignments">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Due</th>
                <th>Assigned</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`${base}/candidates/${a.candidate.id}`}>{a.candidate.name}</Link>
                    <br />
                    <small className="muted">{a.candidate.email}</small>
                  </td>
                  <td>{a.dueAt ? <LocalTime iso={a.dueAt} /> : <span className="muted">no due date</span>}</td>
                  <td className="muted">
                    <LocalTime iso={a.assignedAt} /> by {a.assignedBy}
                  </td>
                  <td>
                    {manager && (
                      <ApiForm
                        url={`${api}/assignments/${a.id}`}
                        method="DELETE"
                        submitLabel="Withdraw"
                        confirm={`Withdraw “${set.title}” from ${a.candidate.name}? Their submissions stay theirs.`}
                        buttonClassName="button button-small button-quiet"
                        className="inline-form"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {manager && (
        <section className="card" aria-labelledby="set-actions">
          <h2 id="set-actions">This set</h2>
          <div className="inline-form">
            <ApiForm url={`${api}/problem-sets/${set.id}/duplicate`} submitLabel="Duplicate" redirectTo={`${base}/sets/{id}`} buttonClassName="button" className="inline-form" />
            <ApiForm url={`${api}/problem-sets/${set.id}`} method="PATCH" extra={{ archived: !set.archived }} submitLabel={set.archived ? 'Restore' : 'Archive'} buttonClassName="button" className="inline-form" />
            {set.assignmentCount === 0 && (
              <ApiForm url={`${api}/problem-sets/${set.id}`} method="DELETE" submitLabel="Delete" confirm={`Delete “${set.title}”?`} redirectTo={base} buttonClassName="button button-danger" className="inline-form" />
            )}
          </div>
        </section>
      )}
    </div>
  );
}
