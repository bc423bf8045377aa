import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import type { PrismaClient } from '../db/client';
import { databaseNow } from './database-now';
import type { AttemptClock } from './schemas';

export type GetAttemptClockOptions = { userId: string; attemptId: string };

/** The candidate's clock sync: the server's time now, the deadline, and whether the attempt has ended. */
export async function getAttemptClock(prisma: PrismaClient, { userId, attemptId }: GetAttemptClockOptions): Promise<AttemptClock & { finishedAt: string | null; endedBy: 'finished' | 'deadline' | null }> {
  await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'candidate' });
  const [attempt, now] = await Promise.all([prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { deadlineAt: true, finishedAt: true, endedBy: true } }), databaseNow(prisma)]);
  return { serverNow: now.toISOString(), deadlineAt: attempt.deadlineAt.toISOString(), finishedAt: attempt.finishedAt?.toISOString() ?? null, endedBy: attempt.endedBy };
}
