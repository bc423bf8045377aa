import Link from 'next/link';
import { MANAGERS } from '@/lib/server/access/roles';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { listProblemSets } from '@/lib/server/problem-sets/list-problem-sets';
import { AssessmentForm } from '../assessment-form';
import '../assessments.css';

export const metadata = { title: 'New assessment' };

export default async function NewAssessmentPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/assessments/new`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  const base = `/organizations/${org.id}`;
  if (!MANAGERS.includes(org.myRole)) return <p className="muted card">Owners and coaches create assessments.</p>;
  const sets = (await listProblemSets(db(), { userId: user.id, organizationId })).filter((s) => !s.archived && s.problems > 0);
  return (
    <>
      <p className="muted">
        <Link href={`${base}/assessments`}>← Assessments</Link>
      </p>
      <h2>New assessment</h2>
      {sets.length === 0 ? (
        <p className="card">
          An assessment is made from a problem set. <Link href={`${base}/sets/new`}>Create a problem set</Link> first.
        </p>
      ) : (
        <AssessmentForm organizationId={org.id} sets={sets} assessment={null} />
      )}
    </>
  );
}
