import Link from 'next/link';
import { getAssessment } from '@/lib/server/assessments/get-assessment';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { orNotFound } from '@/lib/server/http/page';
import { listProblemSets } from '@/lib/server/problem-sets/list-problem-sets';
import { AssessmentForm } from '../../assessment-form';
import '../../assessments.css';

export const metadata = { title: 'Edit assessment' };

export default async function EditAssessmentPage({ params }: { params: Promise<{ organizationId: string; assessmentId: string }> }) {
  const { organizationId, assessmentId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/assessments/${encodeURIComponent(assessmentId)}/edit`);
  const view = await orNotFound(getAssessment(db(), { userId: user.id, organizationId, assessmentId, appUrl: serverEnv().APP_URL }));
  if (!view.canManage) return <p className="muted card">Owners and coaches change assessments.</p>;
  const sets = (await listProblemSets(db(), { userId: user.id, organizationId })).filter((s) => (!s.archived && s.problems > 0) || s.id === view.problemSet.id);
  return (
    <>
      <p className="muted">
        <Link href={`/organizations/${organizationId}/assessments/${assessmentId}`}>← {view.title}</Link>
      </p>
      <h2>Edit assessment</h2>
      <p className="muted">Candidates who have started keep what they started with: their problems, and their deadline.</p>
      <AssessmentForm
        organizationId={organizationId}
        sets={sets}
        assessment={{ id: view.id, title: view.title, problemSetId: view.problemSet.id, instructions: view.instructions, timeLimitMinutes: view.timeLimitMinutes, opensAt: view.opensAt, closesAt: view.closesAt, showScores: view.showScores, anonymousReview: view.anonymousReview }}
      />
    </>
  );
}
