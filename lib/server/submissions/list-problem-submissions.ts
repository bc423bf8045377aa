import type { PrismaClient } from '../db/client';
import type { SubmissionSummaryView } from '../../shared/submission-view';

export const HISTORY_LIMIT = 50;

export type ListProblemSubmissionsOptions = { userId: string; problemSlug: string };

/** The user's latest practice runs and submits on one problem, newest first (an assessment's stay with it). */
export async function listProblemSubmissions(prisma: PrismaClient, { userId, problemSlug }: ListProblemSubmissionsOptions): Promise<SubmissionSummaryView[]> {
  const rows = await prisma.submission.findMany({
    where: { userId, problem: { slug: problemSlug }, attemptId: null },
    orderBy: { createdAt: 'desc' },
    take: HISTORY_LIMIT,
    select: { id: true, kind: true, language: true, status: true, verdict: true, score: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
