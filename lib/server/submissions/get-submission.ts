import type { PrismaClient } from '../db/client';
import { getSubmissionOrThrow } from '../access/get-submission-or-throw';
import type { SubmissionView, TestDetailsView } from '../../shared/submission-view';

const SELECT = {
  id: true,
  kind: true,
  language: true,
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
  attempt: { select: { assessmentCandidate: { select: { assessment: { select: { showScores: true } } } } } },
  testResults: {
    orderBy: { ordinal: 'asc' },
    select: { ordinal: true, name: true, hidden: true, weight: true, verdict: true, timeMs: true, message: true, output: true, details: true },
  },
} as const;

export type GetSubmissionOptions = { viewerId: string; submissionId: string };

/**
 * One submission as its author (or staff who may see the author's work) sees it. Anyone else's is
 * "not found" (its existence is not revealed). Hidden tests are stripped to what the grader may tell
 * about them, for every viewer; a candidate's Submit in an assessment that keeps scores from
 * candidates shows them only that it was graded.
 */
export async function getSubmission(prisma: PrismaClient, options: GetSubmissionOptions): Promise<SubmissionView> {
  const { id, viewer } = await getSubmissionOrThrow(prisma, options);
  const row = await prisma.submission.findUniqueOrThrow({ where: { id }, select: SELECT });
  const withheld = viewer === 'author' && row.kind === 'submit' && row.attempt?.assessmentCandidate?.assessment.showScores === false;
  if (withheld) {
    return {
      id: row.id, problemSlug: row.problem.slug, kind: row.kind, language: row.language, status: row.status, verdict: null, score: null, message: null, createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null, gradingMs: null, testsDone: row.testsDone, testsTotal: row.testsTotal, tests: [], withheld: true,
    };
  }
  return {
    id: row.id,
    problemSlug: row.problem.slug,
    kind: row.kind,
    language: row.language,
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
    withheld: false,
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
