import { computeDeadline } from '../attempts/compute-deadline';
import { databaseNow } from '../attempts/database-now';
import { scheduleDeadline } from '../attempts/schedule-deadline';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit';
import { DEFAULT_MIN_MOCK_MINUTES } from '../../shared/mock-interviews';
import { drawProblems } from './draw-problems';
import { mockSettings } from './mock-settings';
import type { StartMockInterviewInput } from './schemas';

/** Enough for anyone practising in earnest; past it something is starting interviews in a loop. */
export const MOCK_START_LIMIT = { limit: 20, windowMs: 3_600_000 };
const POINTS_PER_PROBLEM = 100;

export type StartMockInterviewOptions = {
  userId: string;
  input: StartMockInterviewInput;
  /** the server's shortest allowed duration (MOCK_INTERVIEW_MIN_MINUTES) */
  minMinutes?: number;
};

export type StartedMockInterview = { attemptId: string; deadlineAt: string };

/**
 * **Start mock interview**: draws the problems (unsolved ones first), then in one transaction creates
 * a timed attempt that answers no assessment (its problems pinned at their current versions, its
 * deadline fixed by the server's clock), records the settings and the draw, and schedules the job
 * that ends it at the deadline. One mock interview runs at a time: a second start while one is open
 * (a second tab, a replayed request) is refused and changes nothing.
 */
export async function startMockInterview(prisma: PrismaClient, { userId, input, minMinutes = DEFAULT_MIN_MOCK_MINUTES }: StartMockInterviewOptions): Promise<StartedMockInterview> {
  const { preset, settings } = mockSettings(input);
  if (settings.durationMinutes < minMinutes) throw new AppError('bad_request', `A mock interview lasts at least ${minMinutes} minutes.`, { durationMinutes: [`At least ${minMinutes} minutes.`] });
  const limit = await consumeRateLimit(prisma, { key: `mock-start:${userId}`, ...MOCK_START_LIMIT });
  if (!limit.allowed) throw new AppError('too_many_requests', `You started ${MOCK_START_LIMIT.limit} mock interviews in the last hour; try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`, undefined, limit.retryAfterSeconds);
  return prisma.$transaction(async (tx) => {
    // one start at a time per candidate: the second of two simultaneous starts finds the first's attempt
    await tx.$queryRaw`SELECT 1 FROM "user" WHERE "id" = ${userId} FOR NO KEY UPDATE`;
    const now = await databaseNow(tx);
    const open = await tx.attempt.findFirst({ where: { candidateId: userId, mockInterview: { isNot: null }, finishedAt: null, deadlineAt: { gt: now } }, select: { id: true } });
    if (open) throw new AppError('conflict', 'You already have a mock interview running: finish it, or let its time run out, before starting another.');
    const [problems, solved] = await Promise.all([
      tx.problem.findMany({ where: { active: true }, select: { id: true, slug: true, topic: true, difficulty: true, version: true } }),
      tx.submission.groupBy({ by: ['problemId'], where: { userId, kind: 'submit', verdict: 'accepted' } }),
    ]);
    const solvedIds = new Set(solved.map((s) => s.problemId));
    const draw = drawProblems({ catalog: problems.map((p) => ({ slug: p.slug, topic: p.topic, difficulty: p.difficulty, solved: solvedIds.has(p.id) })), ...settings });
    const bySlug = new Map(problems.map((p) => [p.slug, p]));
    const { grantedMinutes, deadlineAt } = computeDeadline({ startedAt: now, timeLimitMinutes: settings.durationMinutes, closesAt: null, extraTimeMinutes: 0, extraTimePercent: 0 });
    const attempt = await tx.attempt.create({
      data: {
        candidateId: userId, grantedMinutes, startedAt: now, deadlineAt,
        problems: { create: draw.map((d, position) => ({ problemId: bySlug.get(d.slug)!.id, position, points: POINTS_PER_PROBLEM, problemVersion: bySlug.get(d.slug)!.version })) },
        mockInterview: { create: { candidateId: userId, preset, topics: settings.topics, difficultyMix: settings.mix, problemCount: settings.problemCount, durationMinutes: settings.durationMinutes, draw } },
      },
      select: { id: true },
    });
    await scheduleDeadline(tx, { attemptId: attempt.id, deadlineAt });
    return { attemptId: attempt.id, deadlineAt: deadlineAt.toISOString() };
  });
}
