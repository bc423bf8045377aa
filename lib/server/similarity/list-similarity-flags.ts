import { getAssessmentOrThrow } from '../assessments/get-assessment-or-throw';
import { attemptIdentity, identitySelect } from '../assessments/candidate-label';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type SimilarityFlagSummary = { id: string; problemTitle: string; left: string; right: string; similarity: number; reviewed: boolean };

export type ListSimilarityFlagsOptions = { userId: string; organizationId: string; assessmentId: string };

/** An assessment's similarity flags, most similar first, for staff. */
export async function listSimilarityFlags(prisma: PrismaClient, { userId, organizationId, assessmentId }: ListSimilarityFlagsOptions): Promise<SimilarityFlagSummary[]> {
  const assessment = await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: STAFF });
  const side = { select: identitySelect(userId) };
  const rows = await prisma.similarityFlag.findMany({
    where: { assessmentId },
    orderBy: [{ similarity: 'desc' }],
    take: 500,
    select: { id: true, similarity: true, reviewedAt: true, problem: { select: { title: true } }, leftAttempt: side, rightAttempt: side },
  });
  const label = (attempt: (typeof rows)[number]['leftAttempt']) => attemptIdentity(attempt, assessment.anonymousReview).label;
  return rows.map((r) => ({ id: r.id, problemTitle: r.problem.title, left: label(r.leftAttempt), right: label(r.rightAttempt), similarity: r.similarity, reviewed: r.reviewedAt !== null }));
}
