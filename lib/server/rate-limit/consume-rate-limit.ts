import type { PrismaClient } from '../db/client';

export type RateLimitRule = {
  /** what is counted, e.g. `sign-in:failed:ada@example.com` */
  key: string;
  /** at most this many in one window */
  limit: number;
  windowMs: number;
};

export type RateLimitState = {
  /** the count in the current window (this event included, for consumeRateLimit) */
  count: number;
  /** whether the event (counted by consumeRateLimit, or about to happen for readRateLimit) is within the limit */
  allowed: boolean;
  /** how many more events fit in the current window */
  remaining: number;
  /** seconds until the current window ends (when a refused caller may try again) */
  retryAfterSeconds: number;
};

type Db = Pick<PrismaClient, '$queryRaw'>;

function state(rule: RateLimitRule, count: number, windowStart: Date, now: number, counted: boolean): RateLimitState {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now) / 1000));
  return { count, allowed: counted ? count <= rule.limit : count < rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds };
}

/**
 * Counts one event, atomically in PostgreSQL so the limit holds across any number of web processes.
 * A window opens at the first event and lasts `windowMs`; the first event after it opens the next one.
 */
export async function consumeRateLimit(prisma: Db, rule: RateLimitRule, now = Date.now()): Promise<RateLimitState> {
  const at = new Date(now);
  const expired = new Date(now - rule.windowMs);
  const rows = await prisma.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${rule.key}, ${at}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= ${expired} THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitCounter"."windowStart" <= ${expired} THEN ${at} ELSE "RateLimitCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  return state(rule, Number(row.count), row.windowStart, now, true);
}

/** The current window's count without adding to it (e.g. failures so far, before trying a password). */
export async function readRateLimit(prisma: Db, rule: RateLimitRule, now = Date.now()): Promise<RateLimitState> {
  const rows = await prisma.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    SELECT "count", "windowStart" FROM "RateLimitCounter" WHERE "key" = ${rule.key} AND "windowStart" > ${new Date(now - rule.windowMs)}`;
  const row = rows[0];
  return row ? state(rule, Number(row.count), row.windowStart, now, false) : state(rule, 0, new Date(now), now, false);
}
