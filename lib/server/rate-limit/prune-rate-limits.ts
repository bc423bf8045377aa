import type { PrismaClient } from '../db/client';

/** Drops counters of windows that ended long ago (the longest window is an hour). */
export async function pruneRateLimits(prisma: Pick<PrismaClient, '$executeRaw'>, { before }: { before: Date }): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < ${before}`;
}
