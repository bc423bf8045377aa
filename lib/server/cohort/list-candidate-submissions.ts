import { canSeeCandidateWork } from '../access/get-submission-or-throw';
import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SubmissionSummaryView } from '../../shared/submission-view';
import { parseSignature } from '../../../grader/problems/signature.ts';
import { parsePythonSignature } from '../../../grader/python/python-signature.ts';

export type ListCandidateSubmissionsOptions = { userId: string; organizationId: string; candidateId: string; problemSlug: string };

/** One candidate's Runs and Submits on one assigned problem, newest first, for staff of the assigning organization. */
export async function listCandidateSubmissions(prisma: PrismaClient, { userId, organizationId, candidateId, problemSlug }: ListCandidateSubmissionsOptions) {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const [candidate, problem] = await Promise.all([
    prisma.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: candidateId } }, select: { user: { select: { id: true, name: true, email: true } } } }),
    prisma.problem.findUnique({ where: { slug: problemSlug }, select: { id: true, slug: true, title: true, signature: true, pythonEntry: true, pythonSignature: true } }),
  ]);
  // the same rule as for one submission: only work on a problem this organization assigned to this candidate
  if (!candidate || !problem || !(await canSeeCandidateWork(prisma, { viewerId: userId, candidateId, problemId: problem.id, organizationId }))) {
    throw new AppError('not_found', 'There is nothing here, or you may not see it.');
  }
  const rows = await prisma.submission.findMany({
    where: { userId: candidateId, problemId: problem.id, attemptId: null },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, kind: true, language: true, status: true, verdict: true, score: true, createdAt: true },
  });
  const submissions: SubmissionSummaryView[] = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  const paramNames = parseSignature(problem.signature)?.params ?? [];
  const python = problem.pythonSignature !== null && problem.pythonEntry !== null ? parsePythonSignature(problem.pythonSignature, problem.pythonEntry) : null;
  return {
    candidate: candidate.user,
    // a result's inputs are labelled with the parameter names of the language it was written in
    problem: { slug: problem.slug, title: problem.title, paramNames: { typescript: paramNames, python: python?.params.map((p) => p.name) ?? paramNames } },
    submissions,
  };
}
