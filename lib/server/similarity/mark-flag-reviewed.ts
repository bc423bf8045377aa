import type { PrismaClient } from '../db/client';
import { getFlagOrThrow } from './get-flag-or-throw';

export type MarkFlagReviewedOptions = { userId: string; organizationId: string; flagId: string; reviewed: boolean };

/** Staff mark a flag reviewed (or not). It changes no score and no decision: it records that a person looked. */
export async function markFlagReviewed(prisma: PrismaClient, { reviewed, ...options }: MarkFlagReviewedOptions): Promise<{ reviewedAt: string | null }> {
  await getFlagOrThrow(prisma, options);
  const flag = await prisma.similarityFlag.update({
    where: { id: options.flagId },
    data: reviewed ? { reviewedAt: new Date(), reviewedById: options.userId } : { reviewedAt: null, reviewedById: null },
    select: { reviewedAt: true },
  });
  return { reviewedAt: flag.reviewedAt?.toISOString() ?? null };
}
