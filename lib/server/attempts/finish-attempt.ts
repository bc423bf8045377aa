import type { PrismaClient } from '../db/client';
import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import { AppError } from '../errors';
import { endAttempt } from './end-attempt';
import { TIME_IS_UP } from './lock-open-attempt';

export type FinishAttemptOptions = { userId: string; attemptId: string };

/**
 * The candidate finishes before the deadline: the last saved code of every problem is handed in as at
 * the deadline. After the deadline the deadline job has done (or is about to do) exactly that.
 */
export async function finishAttempt(prisma: PrismaClient, { userId, attemptId }: FinishAttemptOptions): Promise<{ endedBy: 'finished' | 'deadline' }> {
  await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'candidate' });
  const result = await endAttempt(prisma, { attemptId, by: 'finished' });
  const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { endedBy: true } });
  if (result === 'already_ended' && row.endedBy === 'deadline') throw new AppError('conflict', TIME_IS_UP);
  return { endedBy: row.endedBy ?? 'finished' };
}
