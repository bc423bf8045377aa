import { endAttempt } from '../attempts/end-attempt';
import type { PrismaClient } from '../db/client';
import type { TaskPayload } from './tasks';

/** The deadline job: ends the attempt (idempotent under retries and racing workers: see endAttempt). */
export async function endAttemptJob(context: { prisma: PrismaClient }, payload: TaskPayload<'end_attempt'>): Promise<void> {
  await endAttempt(context.prisma, { attemptId: payload.attemptId, by: 'deadline' });
}
