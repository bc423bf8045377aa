import Link from 'next/link';
import { MANAGERS } from '@/lib/server/access/roles';
import { listAssessments } from '@/lib/server/assessments/list-assessments';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { LocalTime } from '@/lib/ui/time/local-time';

export const metadata = { title: 'Assessments' };

export default async function AssessmentsPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/assessments`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  const assessments = await orNotFound(listAssessments(db(), { userId: user.id, organizationId }));
  const base = `/organizations/${org.id}/assessments`;
  const manager = MANAGERS.includes(org.myRole);
  return (
    <section aria-labelledby="assessments">
      <div className="section-head">
        <h2 id="assessments">Assessments</h2>
        {manager && (
          <Link className="button button-primary" href={`${base}/new`}>
            New assessment
          </Link>
        )}
      </div>
      {assessments.length === 0 ? (
        <p className="muted card">
          No assessments yet. {manager ? 'Create one from a problem set: a time limit the server enforces, a window to start in, and a link to invite candidates.' : ''}
        </p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th>Assessment</th>
              <th>Time limit</th>
              <th>Open</th>
              <th>Candidates</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`${base}/${a.id}`}>{a.title}</Link>
                  <br />
                  <small className="muted">{a.setTitle}</small>
                </td>
                <td>{a.timeLimitMinutes} min</td>
                <td className="muted">
                  <LocalTime iso={a.opensAt} /> – <LocalTime iso={a.closesAt} />
                </td>
                <td>
                  {a.seats} invited · {a.started} started · {a.ended} handed in
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
