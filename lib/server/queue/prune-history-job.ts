import type { PrismaClient } from '../db/client';
import { compactCodeHistory } from '../drafts/compact-code-history';
import { pruneRateLimits } from '../rate-limit/prune-rate-limits';

const DAY_MS = 24 * 60 * 60_000;

/** Hourly housekeeping: practice autosaves older than a day thinned out, old rate-limit counters dropped. */
export async function pruneHistoryJob(context: { prisma: PrismaClient }): Promise<void> {
  const now = Date.now();
  const snapshots = await compactCodeHistory(context.prisma, { olderThan: new Date(now - DAY_MS), bucketMinutes: 10 });
  const counters = await pruneRateLimits(context.prisma, { before: new Date(now - DAY_MS) });
  if (snapshots + counters > 0) console.log(`[worker] housekeeping: ${snapshots} old autosaves and ${counters} rate-limit counters removed`);
}
