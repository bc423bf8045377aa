import Link from 'next/link';
import { STAFF } from '@/lib/server/access/roles';
import { getAssessment } from '@/lib/server/assessments/get-assessment';
import { getMyAssessment } from '@/lib/server/assessments/get-my-assessment';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { orNotFound } from '@/lib/server/http/page';
import { renderMarkdown } from '@/lib/server/markdown/render-markdown';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { listMembers } from '@/lib/server/organizations/list-members';
import { listSimilarityFlags } from '@/lib/server/similarity/list-similarity-flags';
import { CandidateView } from './candidate-view';
import { StaffView } from './staff-view';
import 'katex/dist/katex.min.css';
import '../assessments.css';

export const metadata = { title: 'Assessment' };
export const dynamic = 'force-dynamic';

export default async function AssessmentPage({ params }: { params: Promise<{ organizationId: string; assessmentId: string }> }) {
  const { organizationId, assessmentId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/assessments/${encodeURIComponent(assessmentId)}`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  if (!STAFF.includes(org.myRole)) {
    const view = await orNotFound(getMyAssessment(db(), { userId: user.id, organizationId: org.id, assessmentId }));
    return <CandidateView organizationId={org.id} view={view} instructionsHtml={view.instructions.trim() ? await renderMarkdown(view.instructions) : ''} />;
  }
  const env = serverEnv();
  const view = await orNotFound(getAssessment(db(), { userId: user.id, organizationId: org.id, assessmentId, appUrl: env.APP_URL }));
  const [flags, members] = await Promise.all([listSimilarityFlags(db(), { userId: user.id, organizationId: org.id, assessmentId }), view.canManage ? listMembers(db(), { userId: user.id, organizationId: org.id }) : []]);
  const seated = new Set(view.seatedUserIds);
  const unseated = members.filter((m) => m.role === 'candidate' && !seated.has(m.userId)).map((m) => ({ id: m.userId, name: m.name, email: m.email }));
  return (
    <>
      <p className="muted">
        <Link href={`/organizations/${org.id}/assessments`}>← Assessments</Link>
      </p>
      <StaffView organizationId={org.id} view={view} flags={flags} unseated={unseated} mailEnabled={Boolean(env.SMTP_URL)} />
    </>
  );
}
