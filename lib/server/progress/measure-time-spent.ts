import type { PrismaClient } from '../db/client';

export type TimeSpent = {
  /** active seconds per problem topic */
  secondsByTopic: Map<string, number>;
  lastActiveAt: Date | null;
};

/**
 * Active time, estimated from the user's activity events: every Run or Submit and every draft
 * snapshot. Nobody logs "time on task", so the gap between two consecutive events stands in for
 * it when it is at most 10 minutes (longer is time away and counts nothing), and it counts toward
 * the problem of the later event, the one the user was working towards.
 */
export async function measureTimeSpent(prisma: PrismaClient, { userId, problemIds }: { userId: string; problemIds?: string[] }): Promise<TimeSpent> {
  const rows = await prisma.$queryRaw<{ topic: string; seconds: number; lastAt: Date }[]>`
    WITH events AS (
      SELECT "problemId", "createdAt" AS at FROM "Submission" WHERE "userId" = ${userId}
      UNION ALL
      SELECT "problemId", "takenAt" AS at FROM "CodeSnapshot" WHERE "userId" = ${userId}
    ), gaps AS (
      SELECT "problemId", at, at - LAG(at) OVER (ORDER BY at) AS gap FROM events
    )
    SELECT p.topic,
           COALESCE(SUM(EXTRACT(EPOCH FROM g.gap)) FILTER (WHERE g.gap <= INTERVAL '10 minutes'), 0)::float8 AS seconds,
           MAX(g.at) AS "lastAt"
    FROM gaps g JOIN "Problem" p ON p.id = g."problemId"
    WHERE ${problemIds ?? null}::text[] IS NULL OR g."problemId" = ANY(${problemIds ?? null}::text[])
    GROUP BY p.topic`;
  const lastActiveAt = rows.reduce<Date | null>((latest, r) => (latest && latest >= r.lastAt ? latest : r.lastAt), null);
  return { secondsByTopic: new Map(rows.map((r) => [r.topic, r.seconds])), lastActiveAt };
}
