import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SaveReviewInput } from './schemas';

export type SaveReviewOptions = SaveReviewInput & { userId: string; attemptId: string };

/**
 * Staff of the assessment's organization keep one scorecard each per attempt: a rating 1–4 and notes
 * per criterion of the organization, overall notes, a decision. Similarity flags and signals never
 * enter it: a person decides.
 */
export async function saveReview(prisma: PrismaClient, { userId, attemptId, scorecard, notes, decision }: SaveReviewOptions): Promise<{ savedAt: string }> {
  const access = await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'staff' });
  const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } });
  if (!attempt.finishedAt) throw new AppError('conflict', 'This attempt is still running: review it once it has ended.');
  const { scorecardCriteria } = await prisma.organization.findUniqueOrThrow({ where: { id: access.assessment!.organizationId }, select: { scorecardCriteria: true } });
  const unknown = scorecard.filter((entry) => !scorecardCriteria.includes(entry.criterion));
  if (unknown.length) throw new AppError('bad_request', `“${unknown[0]!.criterion}” is not one of this organization’s criteria. Reload the page: the criteria have changed.`);
  const data = { scorecard, notes, decision };
  const review = await prisma.review.upsert({
    where: { attemptId_reviewerId: { attemptId, reviewerId: userId } },
    create: { attemptId, reviewerId: userId, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { savedAt: review.updatedAt.toISOString() };
}
