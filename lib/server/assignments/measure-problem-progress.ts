import type { PrismaClient } from '../db/client';

export type ProblemStatus = 'solved' | 'attempted' | 'not_started';

export type ProblemProgress = {
  status: ProblemStatus;
  /** best score over graded Submits, 0..1 */
  bestScore: number | null;
  /** graded or pending Submits (Runs are practice and not counted) */
  attempts: number;
  /** the first accepted Submit */
  solvedAt: Date | null;
  lastActivityAt: Date | null;
  /** active seconds, estimated as on the progress page (gaps of at most 10 minutes between events) */
  timeSpentSeconds: number;
};

export const NOT_STARTED: ProblemProgress = { status: 'not_started', bestScore: null, attempts: 0, solvedAt: null, lastActivityAt: null, timeSpentSeconds: 0 };

export const progressKey = (userId: string, problemId: string) => `${userId}:${problemId}`;

/**
 * Each user's progress on each problem, in two queries whatever the numbers of users and problems.
 * Practice work only (timed assessment attempts are graded apart). Missing pairs are not started.
 */
export async function measureProblemProgress(prisma: PrismaClient, { userIds, problemIds }: { userIds: string[]; problemIds: string[] }): Promise<Map<string, ProblemProgress>> {
  const result = new Map<string, ProblemProgress>();
  if (userIds.length === 0 || problemIds.length === 0) return result;
  const [submissions, activity] = await Promise.all([
    prisma.$queryRaw<{ userId: string; problemId: string; tries: number; attempts: number; bestScore: number | null; solvedAt: Date | null }[]>`
      SELECT "userId", "problemId",
             count(*)::int AS tries,
             (count(*) FILTER (WHERE kind = 'submit'))::int AS attempts,
             max(score) FILTER (WHERE kind = 'submit' AND status = 'done') AS "bestScore",
             min("createdAt") FILTER (WHERE kind = 'submit' AND verdict = 'accepted') AS "solvedAt"
      FROM "Submission"
      WHERE "userId" = ANY(${userIds}::text[]) AND "problemId" = ANY(${problemIds}::text[]) AND "attemptId" IS NULL
      GROUP BY "userId", "problemId"`,
    // gaps are measured over all of a user's activity, then credited to the later event's problem
    prisma.$queryRaw<{ userId: string; problemId: string; seconds: number; lastAt: Date }[]>`
      WITH events AS (
        SELECT "userId", "problemId", "createdAt" AS at FROM "Submission" WHERE "userId" = ANY(${userIds}::text[]) AND "attemptId" IS NULL
        UNION ALL
        SELECT "userId", "problemId", "takenAt" AS at FROM "CodeSnapshot" WHERE "userId" = ANY(${userIds}::text[]) AND "attemptId" IS NULL
      ), gaps AS (
        SELECT "userId", "problemId", at, at - LAG(at) OVER (PARTITION BY "userId" ORDER BY at) AS gap FROM events
      )
      SELECT "userId", "problemId",
             COALESCE(SUM(EXTRACT(EPOCH FROM gap)) FILTER (WHERE gap <= INTERVAL '10 minutes'), 0)::float8 AS seconds,
             MAX(at) AS "lastAt"
      FROM gaps WHERE "problemId" = ANY(${problemIds}::text[])
      GROUP BY "userId", "problemId"`,
  ]);
  for (const a of activity) {
    result.set(progressKey(a.userId, a.problemId), { ...NOT_STARTED, lastActivityAt: a.lastAt, timeSpentSeconds: Math.round(a.seconds) });
  }
  for (const s of submissions) {
    const key = progressKey(s.userId, s.problemId);
    const base = result.get(key) ?? NOT_STARTED;
    result.set(key, { ...base, status: s.solvedAt ? 'solved' : s.tries > 0 ? 'attempted' : 'not_started', attempts: s.attempts, bestScore: s.bestScore, solvedAt: s.solvedAt });
  }
  return result;
}
