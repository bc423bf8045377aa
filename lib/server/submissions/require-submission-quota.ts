import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { MAX_PENDING_PER_USER, SUBMISSIONS_PER_MINUTE } from './limits';

/**
 * Inside the transaction that inserts a Run or Submit: one user's submissions are counted and inserted
 * one at a time (an advisory lock), so a burst cannot slip past SUBMISSIONS_PER_MINUTE nor
 * MAX_PENDING_PER_USER. Returns the user's submissions still waiting for a verdict (the fair queue ranks by it).
 */
export async function requireSubmissionQuota(tx: Pick<PrismaClient, '$executeRaw' | 'submission'>, userId: string): Promise<{ pending: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}::text))`;
  const recent = await tx.submission.count({ where: { userId, createdAt: { gt: new Date(Date.now() - 60_000) } } });
  if (recent >= SUBMISSIONS_PER_MINUTE) throw new AppError('too_many_requests', `You can run or submit ${SUBMISSIONS_PER_MINUTE} times a minute. Please wait a moment.`);
  const pending = await tx.submission.count({ where: { userId, status: { not: 'done' } } });
  if (pending >= MAX_PENDING_PER_USER) {
    throw new AppError('too_many_requests', `You have ${pending} runs or submits waiting for their results. Please wait for them before sending more.`, undefined, 5);
  }
  return { pending };
}

/**
 * A burst of one user's requests waits its turn at the lock above, each holding a pooled connection: on a
 * loaded machine Prisma's defaults (2 s to get a connection, 5 s per transaction) would fail the burst's
 * tail with a transaction error instead of the limit's clear answer.
 */
export const BURST_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };
