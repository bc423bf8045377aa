import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { SUBMISSIONS_PER_MINUTE } from './limits';

/**
 * Inside the transaction that inserts a Run or Submit: one user's submissions are counted and inserted
 * one at a time (an advisory lock), so a burst cannot slip past SUBMISSIONS_PER_MINUTE.
 */
export async function requireSubmissionQuota(tx: Pick<PrismaClient, '$executeRaw' | 'submission'>, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}::text))`;
  const recent = await tx.submission.count({ where: { userId, createdAt: { gt: new Date(Date.now() - 60_000) } } });
  if (recent >= SUBMISSIONS_PER_MINUTE) throw new AppError('too_many_requests', `You can run or submit ${SUBMISSIONS_PER_MINUTE} times a minute. Please wait a moment.`);
}
