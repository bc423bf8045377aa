import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SubmissionView, TestDetailsView } from '../../shared/submission-view';

const SELECT = {
  id: true,
  userId: true,
  kind: true,
  status: true,
  verdict: true,
  score: true,
  message: true,
  createdAt: true,
  finishedAt: true,
  gradingMs: true,
  testsDone: true,
  testsTotal: true,
  problem: { select: { slug: true } },
  testResults: {
    orderBy: { ordinal: 'asc' },
    select: { ordinal: true, name: true, hidden: true, weight: true, verdict: true, timeMs: true, message: true, output: true, details: true },
  },
} as const;

/**
 * One submission as its author sees it. Someone else's submission is "not found" (its existence is
 * not revealed). Hidden tests are stripped to what the grader may tell about them.
 */
export async function getSubmission(prisma: PrismaClient, userId: string, submissionId: string): Promise<SubmissionView> {
  const row = await prisma.submission.findUnique({ where: { id: submissionId }, select: SELECT });
  if (!row || row.userId !== userId) throw new AppError('not_found', 'There is no such submission.');
  return {
    id: row.id,
    problemSlug: row.problem.slug,
    kind: row.kind,
    status: row.status,
    verdict: row.verdict,
    score: row.score,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    gradingMs: row.gradingMs,
    testsDone: row.testsDone,
    testsTotal: row.testsTotal,
    tests: row.testResults.map((t) => ({
      ordinal: t.ordinal,
      name: t.name,
      hidden: t.hidden,
      weight: t.weight,
      verdict: t.verdict,
      timeMs: t.timeMs,
      message: t.message,
      output: t.hidden ? null : t.output,
      details: publicDetails(t.details, t.hidden),
    })),
  };
}

/** The grader already withholds hidden tests' data; this is the second lock on that door. */
function publicDetails(details: unknown, hidden: boolean): TestDetailsView | null {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return null;
  const all = details as TestDetailsView;
  if (!hidden) return all;
  const { expectedShape, actualShape, maxAbsError, relError, position } = all;
  return { expectedShape, actualShape, maxAbsError, relError, position };
}
