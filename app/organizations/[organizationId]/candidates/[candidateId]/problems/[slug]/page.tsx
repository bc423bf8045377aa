import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { listCandidateSubmissions } from '@/lib/server/cohort/list-candidate-submissions';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { CandidateWork } from './candidate-work';
import '@/app/problems/[slug]/workspace.css';

export const metadata = { title: 'Candidate submissions' };

export default async function CandidateWorkPage({ params }: { params: Promise<{ organizationId: string; candidateId: string; slug: string }> }) {
  const { organizationId, candidateId, slug } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/candidates/${encodeURIComponent(candidateId)}/problems/${encodeURIComponent(slug)}`);
  const work = await orNotFound(listCandidateSubmissions(db(), { userId: user.id, organizationId, candidateId, problemSlug: slug }));
  const base = `/organizations/${organizationId}`;
  return (
    <section aria-labelledby="work-title" className="stack">
      <p className="muted" style={{ margin: 0 }}>
        <Link href={`${base}/cohort`}>← Cohort</Link> · <Link href={`${base}/candidates/${work.candidate.id}`}>{work.candidate.name}’s progress</Link>
      </p>
      <h2 id="work-title">
        {work.candidate.name} · {work.problem.title}
      </h2>
      <CandidateWork problem={work.problem} submissions={work.submissions} />
    </section>
  );
}
