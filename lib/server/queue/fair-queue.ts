import { Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../db/client';
import { GRADING_BUDGET_SECONDS, GRADING_BUDGET_WINDOW_SECONDS, QUICK_JOB_SECONDS } from '../submissions/limits';

/**
 * The fair queue's placement of a grading job, on graphile-worker's own machinery:
 *  - one named queue per user, so a user has at most one job in flight across all workers;
 *  - priority = the user's jobs already waiting, so the k-th job of every user runs before anyone's
 *    (k+1)-th: round robin between users;
 *  - plus a penalty per budget used in the window, so a user past their grading budget ranks after
 *    everyone within it;
 *  - the user as a flag, so the slot each worker keeps for users within budget can refuse the others.
 */
export type FairPlacement = { queueName: string; priority: number; flags: string[] };

/** Priority steps per whole budget used: more than the jobs any user can have waiting. */
const PENALTY_PER_BUDGET = 100;
const MAX_PRIORITY = 32_767; // graphile-worker stores priority as a smallint

export const userQueueName = (userId: string) => `grade:${userId}`;
export const userFlag = (userId: string) => `user:${userId}`;

// Submission times are UTC in timestamp columns: compared with now() in UTC, whatever the server's zone.
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
const WINDOW_START = Prisma.sql`(${NOW} - make_interval(secs => ${GRADING_BUDGET_WINDOW_SECONDS}::int))`;
/** Jobs that held a slot within the window (a job still running counts). */
const IN_WINDOW = Prisma.sql`"startedAt" IS NOT NULL AND (status = 'running' OR "finishedAt" > ${WINDOW_START})`;
/**
 * What a job costs its user's budget: the wall-clock seconds it held a slot within the window beyond its
 * first QUICK_JOB_SECONDS. Wall-clock, so sleeping costs as much as computing; beyond the first seconds,
 * so grading a correct solution costs nothing and only slow jobs, the ones that make others wait, count.
 */
const COST = Prisma.sql`greatest(0, extract(epoch FROM coalesce("finishedAt", ${NOW}) - greatest("startedAt" + make_interval(secs => ${QUICK_JOB_SECONDS}::int), ${WINDOW_START})))`;

/** Where the next grading job of `userId` goes, given the jobs they have waiting (read inside the caller's locked transaction). */
export async function fairPlacement(tx: Pick<PrismaClient, '$queryRaw'>, { userId, pending }: { userId: string; pending: number }): Promise<FairPlacement> {
  const [row] = await tx.$queryRaw<{ seconds: number }[]>`SELECT coalesce(sum(${COST}), 0)::float8 AS seconds FROM "Submission" WHERE "userId" = ${userId} AND ${IN_WINDOW}`;
  const budgetsUsed = Math.floor((row?.seconds ?? 0) / GRADING_BUDGET_SECONDS);
  return { queueName: userQueueName(userId), priority: Math.min(MAX_PRIORITY, pending + PENALTY_PER_BUDGET * budgetsUsed), flags: [userFlag(userId)] };
}

/** The flags of every user past their budget now: what a worker's reserved slot refuses. */
export async function overBudgetFlags(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "Submission" WHERE ${IN_WINDOW} GROUP BY "userId" HAVING sum(${COST}) >= ${GRADING_BUDGET_SECONDS}`;
  return rows.map((r) => userFlag(r.userId));
}
