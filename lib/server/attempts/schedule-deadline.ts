import type { PrismaClient } from '../db/client';
import { enqueueJob } from '../queue/enqueue-job';

/** One pending deadline job per attempt: scheduling again (an extension) moves it. */
export const deadlineJobKey = (attemptId: string) => `attempt-deadline:${attemptId}`;

/** Inside the transaction that fixes or moves the deadline: the job that ends the attempt then. */
export async function scheduleDeadline(tx: Pick<PrismaClient, '$executeRaw'>, { attemptId, deadlineAt }: { attemptId: string; deadlineAt: Date }): Promise<void> {
  await enqueueJob(tx, 'end_attempt', { attemptId }, { runAt: deadlineAt, jobKey: deadlineJobKey(attemptId) });
}
