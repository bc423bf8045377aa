import type { PrismaClient } from '../db/client';
import { ABANDONED_JOB_AFTER_SECONDS } from '../submissions/limits';

/**
 * graphile-worker keeps a crashed worker's jobs locked for hours. Every live worker process writes a
 * heartbeat naming the queue worker ids it takes jobs under (worker-heartbeat.ts); a lock held by an id
 * that no heartbeat of the last `silentSeconds` names belongs to a process that died or froze: it is
 * freed (jobs and the user's queue), and another worker takes the job. A lock younger than that is left
 * alone: its worker may not have written its first heartbeat yet. Returns the ids freed.
 */
export async function releaseAbandonedJobs(prisma: PrismaClient, { silentSeconds = ABANDONED_JOB_AFTER_SECONDS }: { silentSeconds?: number } = {}): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ locked_by: string }[]>`
    SELECT DISTINCT locks.locked_by FROM (
      SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
      UNION ALL
      SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL
    ) AS locks
    WHERE locks.locked_at < now() - make_interval(secs => ${silentSeconds}::int)
      AND NOT EXISTS (
        SELECT 1 FROM "WorkerHeartbeat" h
        WHERE locks.locked_by = ANY(h."queueWorkerIds") AND h."seenAt" > now() - make_interval(secs => ${silentSeconds}::int))`;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.locked_by);
  await prisma.$executeRaw`SELECT graphile_worker.force_unlock_workers(${ids}::text[])`;
  return ids;
}
