import os from 'node:os';
import type { PrismaClient } from '../db/client';
import { WORKER_HEARTBEAT_SECONDS } from '../submissions/limits';
import { repeatEvery } from '../runtime/repeat-every';

export type WorkerHeartbeat = { stop: () => Promise<void> };

/** Rows of processes silent this long are forgotten (their jobs were freed long before). */
const FORGET_AFTER_HOURS = 24;

/**
 * Says "this worker process is alive, taking jobs as these queue worker ids" every
 * WORKER_HEARTBEAT_SECONDS, so other workers free its jobs within seconds once it stops saying so
 * (releaseAbandonedJobs). stop() removes the row: a process that stops cleanly holds no job.
 */
export function startWorkerHeartbeat(prisma: PrismaClient, { id, queueWorkerIds }: { id: string; queueWorkerIds: () => string[] }): WorkerHeartbeat {
  // the database's clock, which every machine's janitor compares with, not this machine's
  const beat = async () => {
    await prisma.$executeRaw`
      INSERT INTO "WorkerHeartbeat" (id, host, pid, "queueWorkerIds", "seenAt") VALUES (${id}, ${os.hostname()}, ${process.pid}, ${queueWorkerIds()}::text[], now())
      ON CONFLICT (id) DO UPDATE SET "queueWorkerIds" = EXCLUDED."queueWorkerIds", "seenAt" = now()`;
  };
  const stopBeating = repeatEvery(WORKER_HEARTBEAT_SECONDS * 1000, '[worker] heartbeat', beat);
  void prisma.$executeRaw`DELETE FROM "WorkerHeartbeat" WHERE "seenAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}::int)`.catch(() => undefined);
  return {
    stop: async () => {
      await stopBeating();
      await prisma.workerHeartbeat.delete({ where: { id } }).catch(() => undefined);
    },
  };
}
