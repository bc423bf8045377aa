import type { PrismaClient } from '../db/client';
import { GRADING_BUDGET_SECONDS, GRADING_BUDGET_WINDOW_SECONDS } from '../submissions/limits';

/**
 * The fair queue's placement of a grading job, on graphile-worker's own machinery:
 *  - one named queue per user, so a user has at most one job in flight across all workers;
 *  - priority = the user's jobs already waiting, so the k-th job of every user runs before anyone's
 *    (k+1)-th: round robin between users;
 *  - plus a penalty per budget used in the window, so a user past their grading-seconds budget ranks
 *    after everyone within it;
 *  - the user as a flag, so a worker's reserved slot can refuse users over budget.
 */
export type FairPlacement = { queueName: string; priority: number; flags: string[] };

/** Priority steps per whole budget used: more than the pending jobs any user can have. */
const PENALTY_PER_BUDGET = 100;
const MAX_PRIORITY = 32_767; // graphile-worker stores priority as a smallint

export const userQueueName = (userId: string) => `grade:${userId}`;
export const userFlag = (userId: string) => `user:${userId}`;

/** Where the next grading job of `userId` goes, given the jobs they have waiting (read inside the caller's locked transaction). */
export async function fairPlacement(tx: Pick<PrismaClient, '$queryRaw'>, { userId, pending }: { userId: string; pending: number }): Promise<FairPlacement> {
  const [row] = await tx.$queryRaw<{ seconds: number }[]>`
    -- wall-clock seconds each job held a slot within the window (one still running counts until now)
    SELECT coalesce(sum(extract(epoch FROM coalesce("finishedAt", now()) - greatest("startedAt", now() - make_interval(secs => ${GRADING_BUDGET_WINDOW_SECONDS}::int)))), 0)::float8 AS seconds
    FROM "Submission"
    WHERE "userId" = ${userId} AND "startedAt" IS NOT NULL
      AND (status = 'running' OR "finishedAt" > now() - make_interval(secs => ${GRADING_BUDGET_WINDOW_SECONDS}::int))`;
  const budgetsUsed = Math.floor((row?.seconds ?? 0) / GRADING_BUDGET_SECONDS);
  return { queueName: userQueueName(userId), priority: Math.min(MAX_PRIORITY, pending + PENALTY_PER_BUDGET * budgetsUsed), flags: [userFlag(userId)] };
}

/** The flags of every user past their budget now: what a worker's reserved slot refuses. */
export async function overBudgetFlags(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Submission"
    WHERE "startedAt" IS NOT NULL
      AND (status = 'running' OR "finishedAt" > now() - make_interval(secs => ${GRADING_BUDGET_WINDOW_SECONDS}::int))
    GROUP BY "userId"
    HAVING sum(extract(epoch FROM coalesce("finishedAt", now()) - greatest("startedAt", now() - make_interval(secs => ${GRADING_BUDGET_WINDOW_SECONDS}::int)))) > ${GRADING_BUDGET_SECONDS}`;
  return rows.map((r) => userFlag(r.userId));
}
