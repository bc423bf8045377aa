import { canSeeCandidateWork } from '../access/get-submission-or-throw';
import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SubmissionSummaryView } from '../../shared/submission-view';
import { parseSignature } from '../../../grader/problems/signature.ts';

export type ListCandidateSubmissionsOptions = { userId: string; organizationId: string; candidateId: string; problemSlug: string };

/** One candidate's Runs and Submits on one assigned problem, newest first, for staff of the assigning organization. */
export async function listCandidateSubmissions(prisma: PrismaClient, { userId, organizationId, candidateId, problemSlug }: ListCandidateSubmissionsOptions) {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const [candidate, problem] = await Promise.all([
    prisma.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: candidateId } }, select: { user: { select: { id: true, name: true, email: true } } } }),
    prisma.problem.findUnique({ where: { slug: problemSlug }, select: { id: true, slug: true, title: true, signature: true } }),
  ]);
  // the same rule as for one submission: only work on a problem this organization assigned to this candidate
  if (!candidate || !problem || !(await canSeeCandidateWork(prisma, { viewerId: userId, candidateId, problemId: problem.id, organizationId }))) {
    throw new AppError('not_found', 'There is nothing here, or you may not see it.');
  }
  const rows = await prisma.submission.findMany({
    where: { userId: candidateId, problemId: problem.id, attemptId: null },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, kind: true, status: true, verdict: true, score: true, createdAt: true },
  });
  const submissions: SubmissionSummaryView[] = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  return { candidate: candidate.user, problem: { slug: problem.slug, title: problem.title, paramNames: parseSignature(problem.signature)?.params ?? [] }, submissions };
}
