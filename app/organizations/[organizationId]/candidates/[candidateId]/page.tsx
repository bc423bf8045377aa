import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { getCandidateProgress } from '@/lib/server/cohort/get-candidate-progress';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { ProgressReport } from '@/app/progress/progress-report';

export const metadata = { title: 'Candidate progress' };

export default async function CandidateProgressPage({ params }: { params: Promise<{ organizationId: string; candidateId: string }> }) {
  const { organizationId, candidateId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/candidates/${encodeURIComponent(candidateId)}`);
  const { candidate, progress } = await orNotFound(getCandidateProgress(db(), { userId: user.id, organizationId, candidateId }));
  const base = `/organizations/${organizationId}`;
  return (
    <section aria-labelledby="candidate-title">
      <p className="muted">
        <Link href={`${base}/cohort`}>← Cohort</Link>
      </p>
      <h2 id="candidate-title">
        {candidate.name} <span className="muted">· {candidate.email}</span>
      </h2>
      <p className="muted">Progress on the problems this organization assigned to {candidate.name}; their other practice stays private.</p>
      <ProgressReport progress={progress} emptyNote="Nothing is assigned to this candidate here." problemHref={(slug) => `${base}/candidates/${candidate.id}/problems/${slug}`} />
    </section>
  );
}
