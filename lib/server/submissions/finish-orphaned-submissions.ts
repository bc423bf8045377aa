import type { PrismaClient } from '../db/client';
import { notifySubmission } from './notify-submission';
import { INTERNAL_ERROR_REASONS } from './record-verdict';

/** A submission younger than this is never an orphan (its job is inserted in the same transaction anyway). */
const GRACE_SECONDS = 60;

/**
 * The janitor: a submission still queued or running whose grading job is gone ends with internal_error,
 * so every submission ends with exactly one verdict. A job is gone when its row was removed, or when it
 * has used all its attempts and no worker holds it (a worker that died on the last attempt: its lock
 * is released by releaseAbandonedJobs first). Returns the submissions it finished.
 */
export async function finishOrphanedSubmissions(prisma: PrismaClient, { graceSeconds = GRACE_SECONDS }: { graceSeconds?: number } = {}): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Submission" s
    WHERE s.status <> 'done' AND s."createdAt" < now() - make_interval(secs => ${graceSeconds}::int)
      AND NOT EXISTS (
        SELECT 1 FROM graphile_worker._private_jobs j
        WHERE j.key = s.id AND (j.attempts < j.max_attempts OR j.locked_at IS NOT NULL))`;
  const finished: string[] = [];
  for (const { id } of rows) {
    const done = await prisma.$transaction(async (tx) => {
      const updated = await tx.submission.updateMany({
        where: { id, status: { not: 'done' } },
        data: { status: 'done', verdict: 'internal_error', score: 0, message: INTERNAL_ERROR_REASONS.jobLost, finishedAt: new Date() },
      });
      if (updated.count > 0) await notifySubmission(tx, id);
      return updated.count > 0;
    });
    if (done) finished.push(id);
  }
  // an exhausted job has nothing left to do once its submission has its verdict
  if (finished.length > 0) await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ANY(${finished}::text[]) AND locked_at IS NULL`;
  return finished;
}
