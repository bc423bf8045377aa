import { attemptIdentity, identitySelect } from '../assessments/candidate-label';
import type { PrismaClient } from '../db/client';
import type { MatchingFragment } from './find-similar-pairs';
import { getFlagOrThrow } from './get-flag-or-throw';

export type FlagSide = { attemptId: string; label: string; code: string };

export type SimilarityFlagView = {
  id: string;
  assessmentId: string;
  problemTitle: string;
  similarity: number;
  longestFragment: number;
  left: FlagSide;
  right: FlagSide;
  fragments: MatchingFragment[];
  reviewedAt: string | null;
  reviewedBy: string | null;
};

export type GetSimilarityFlagOptions = { userId: string; organizationId: string; flagId: string };

/** Both candidates' final code side by side with the matching fragments: for staff to judge, never a verdict. */
export async function getSimilarityFlag(prisma: PrismaClient, options: GetSimilarityFlagOptions): Promise<SimilarityFlagView> {
  await getFlagOrThrow(prisma, options);
  const side = { select: { id: true, ...identitySelect(options.userId) } };
  const flag = await prisma.similarityFlag.findUniqueOrThrow({
    where: { id: options.flagId },
    select: {
      id: true, assessmentId: true, problemId: true, similarity: true, longestFragment: true, fragments: true, reviewedAt: true,
      reviewedBy: { select: { name: true } },
      problem: { select: { title: true } },
      assessment: { select: { anonymousReview: true } },
      leftAttempt: side,
      rightAttempt: side,
    },
  });
  const codes = await prisma.attemptProblem.findMany({ where: { problemId: flag.problemId, attemptId: { in: [flag.leftAttempt.id, flag.rightAttempt.id] } }, select: { attemptId: true, code: true } });
  const toSide = (attempt: typeof flag.leftAttempt): FlagSide => ({
    attemptId: attempt.id,
    label: attemptIdentity(attempt, flag.assessment.anonymousReview).label,
    code: codes.find((c) => c.attemptId === attempt.id)?.code ?? '',
  });
  return {
    id: flag.id,
    assessmentId: flag.assessmentId,
    problemTitle: flag.problem.title,
    similarity: flag.similarity,
    longestFragment: flag.longestFragment,
    left: toSide(flag.leftAttempt),
    right: toSide(flag.rightAttempt),
    fragments: flag.fragments as MatchingFragment[],
    reviewedAt: flag.reviewedAt?.toISOString() ?? null,
    reviewedBy: flag.reviewedBy?.name ?? null,
  };
}
