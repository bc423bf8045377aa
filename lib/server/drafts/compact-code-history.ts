import type { PrismaClient } from '../db/client';

export type CompactCodeHistoryOptions = {
  /** autosaves taken before this are thinned out */
  olderThan: Date;
  /** keep the first and the last autosave of each bucket of this many minutes */
  bucketMinutes: number;
};

/**
 * Thins out old practice autosaves: of each problem's autosaves in one bucket of time, only the
 * first and the last stay. Active time (gaps of at most 10 minutes between events) is unchanged by
 * that when buckets are at most 10 minutes long. Runs and Submits keep their code in their own rows,
 * and an assessment attempt's snapshots (playback) are never touched.
 */
export async function compactCodeHistory(prisma: Pick<PrismaClient, '$executeRaw'>, { olderThan, bucketMinutes }: CompactCodeHistoryOptions): Promise<number> {
  const bucketSeconds = bucketMinutes * 60;
  return prisma.$executeRaw`
    DELETE FROM "CodeSnapshot" AS s
    USING (
      SELECT "id",
        row_number() OVER (PARTITION BY "userId", "problemId", "bucket" ORDER BY "takenAt", "seq") AS "fromFirst",
        row_number() OVER (PARTITION BY "userId", "problemId", "bucket" ORDER BY "takenAt" DESC, "seq" DESC) AS "fromLast"
      FROM (
        SELECT "id", "userId", "problemId", "seq", "takenAt", floor(extract(epoch FROM "takenAt") / ${bucketSeconds}::int) AS "bucket"
        FROM "CodeSnapshot"
        WHERE "attemptId" IS NULL AND "takenAt" < ${olderThan}
      ) AS bucketed
    ) AS ranked
    WHERE s."id" = ranked."id" AND ranked."fromFirst" > 1 AND ranked."fromLast" > 1`;
}
