import Link from 'next/link';
import { MANAGERS, STAFF } from '@/lib/server/access/roles';
import { listMyAssignments } from '@/lib/server/assignments/list-my-assignments';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { renderMarkdown } from '@/lib/server/markdown/render-markdown';
import { orNotFound } from '@/lib/server/http/page';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { listProblemSets } from '@/lib/server/problem-sets/list-problem-sets';
import { ApiForm } from '@/lib/ui/forms/api-form';
import { AssignedToMe } from '../../assigned-to-me';
import { MyAssessments } from '../../my-assessments';
import { listMyAssessments } from '@/lib/server/assessments/list-my-assessments';
import 'katex/dist/katex.min.css';

export const metadata = { title: 'Organization' };

export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  if (!STAFF.includes(org.myRole)) {
    const [assignments, assessments] = await Promise.all([listMyAssignments(db(), { userId: user.id, organizationId: org.id }), listMyAssessments(db(), { userId: user.id, organizationId: org.id })]);
    const descriptions = new Map(await Promise.all(assignments.map(async (a) => [a.id, a.description.trim() ? await renderMarkdown(a.description) : ''] as const)));
    return (
      <div className="stack">
        {assessments.length > 0 && (
          <section aria-labelledby="my-assessments">
            <h2 id="my-assessments">Assessments</h2>
            <MyAssessments assessments={assessments} showOrganization={false} />
          </section>
        )}
        {(assignments.length > 0 || assessments.length === 0) && (
          <section aria-labelledby="my-work">
            <h2 id="my-work">Assigned to me</h2>
            {assignments.length ? <AssignedToMe assignments={assignments} descriptions={descriptions} showOrganization={false} /> : <p className="muted card">Nothing is assigned to you here yet.</p>}
          </section>
        )}
      </div>
    );
  }
  const sets = await listProblemSets(db(), { userId: user.id, organizationId: org.id });
  const manager = MANAGERS.includes(org.myRole);
  const base = `/organizations/${org.id}`;
  return (
    <section aria-labelledby="problem-sets">
      <div className="section-head">
        <h2 id="problem-sets">Problem sets</h2>
        {manager && (
          <form action={`${base}/sets/new`} method="get">
            <button type="submit" className="button button-primary">
              New problem set
            </button>
          </form>
        )}
      </div>
      {sets.length === 0 ? (
        <p className="muted card">No problem sets yet. {manager ? 'Create one, pick problems from the catalog, then assign it to candidates with a due date.' : ''}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th>Set</th>
              <th>Problems</th>
              <th>Assigned to</th>
              <th>{manager ? 'Actions' : ''}</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`${base}/sets/${s.id}`}>{s.title}</Link> {s.archived && <span className="tag">archived</span>}
                </td>
                <td>{s.problems}</td>
                <td>
                  {s.assignments} {s.assignments === 1 ? 'candidate' : 'candidates'}
                  {s.assignments > 0 && (
                    <>
                      {' · '}
                      <Link href={`${base}/cohort?set=${s.id}`}>cohort</Link>
                    </>
                  )}
                </td>
                <td>
                  {manager && (
                    <div className="inline-form">
                      <ApiForm url={`/api/organizations/${org.id}/problem-sets/${s.id}/duplicate`} submitLabel="Duplicate" redirectTo={`${base}/sets/{id}`} buttonClassName="button button-small" className="inline-form" />
                      <ApiForm
                        url={`/api/organizations/${org.id}/problem-sets/${s.id}`}
                        method="PATCH"
                        extra={{ archived: !s.archived }}
                        submitLabel={s.archived ? 'Restore' : 'Archive'}
                        buttonClassName="button button-small button-quiet"
                        className="inline-form"
                      />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
