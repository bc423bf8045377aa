import type { PrismaClient } from '../db/client';
import { ABANDONED_JOB_AFTER_SECONDS } from '../submissions/limits';

/**
 * graphile-worker keeps a crashed worker's jobs locked for hours. A grading job is bounded by the
 * sandbox's wall-clock budget, so a lock older than ABANDONED_JOB_AFTER_SECONDS can only belong to
 * a dead worker: its jobs are unlocked and another worker takes them.
 */
export async function releaseAbandonedJobs(prisma: PrismaClient, { olderThanSeconds = ABANDONED_JOB_AFTER_SECONDS }: { olderThanSeconds?: number } = {}): Promise<number> {
  const rows = await prisma.$queryRaw<{ locked_by: string }[]>`
    SELECT DISTINCT locked_by FROM graphile_worker._private_jobs
    WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => ${olderThanSeconds}::int)`;
  if (rows.length === 0) return 0;
  await prisma.$executeRaw`SELECT graphile_worker.force_unlock_workers(${rows.map((r) => r.locked_by)}::text[])`;
  return rows.length;
}
