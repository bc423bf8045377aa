import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { computeDeadline } from './compute-deadline';
import { databaseNow } from './database-now';
import { scheduleDeadline } from './schedule-deadline';

export type StartAttemptOptions = { userId: string; organizationId: string; assessmentId: string };

export type StartedAttempt = { attemptId: string; deadlineAt: string; started: boolean };

/**
 * **Start assessment**: the server fixes the deadline (now + time limit + extra time, never past the
 * window's end), pins the set's problems at their current versions, and schedules the job that ends
 * the attempt at the deadline, all in one transaction. Starting again (a second tab, a replayed
 * request) returns the attempt already running, deadline unchanged.
 */
export async function startAttempt(prisma: PrismaClient, { userId, organizationId, assessmentId }: StartAttemptOptions): Promise<StartedAttempt> {
  const membership = await prisma.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
  const seat = membership?.role === 'candidate' ? await prisma.assessmentCandidate.findFirst({ where: { assessmentId, candidateId: userId, assessment: { organizationId } }, select: { id: true } }) : null;
  if (!seat) throw new AppError('not_found', 'There is no such assessment, or you have no seat in it.');
  return prisma.$transaction(async (tx) => {
    // one start at a time per seat: the second of two simultaneous starts finds the first's attempt
    await tx.$queryRaw`SELECT 1 FROM "AssessmentCandidate" WHERE "id" = ${seat.id} FOR NO KEY UPDATE`;
    const current = await tx.attempt.findUnique({ where: { assessmentCandidateId: seat.id }, select: { id: true, deadlineAt: true } });
    if (current) return { attemptId: current.id, deadlineAt: current.deadlineAt.toISOString(), started: false };
    const { extraTimeMinutes, extraTimePercent, assessment } = await tx.assessmentCandidate.findUniqueOrThrow({
      where: { id: seat.id },
      select: { extraTimeMinutes: true, extraTimePercent: true, assessment: { select: { timeLimitMinutes: true, opensAt: true, closesAt: true, problemSetId: true } } },
    });
    const now = await databaseNow(tx);
    if (now < assessment.opensAt) throw new AppError('bad_request', `This assessment opens at ${assessment.opensAt.toISOString()}; you can start it then.`);
    if (now >= assessment.closesAt) throw new AppError('conflict', 'This assessment has closed: it can no longer be started.');
    const items = await tx.problemSetItem.findMany({ where: { problemSetId: assessment.problemSetId }, orderBy: { position: 'asc' }, select: { points: true, problem: { select: { id: true, version: true, active: true } } } });
    if (items.length === 0 || items.some((i) => !i.problem.active)) throw new AppError('conflict', 'This assessment’s problems are being changed. Try again in a few minutes, or tell the hiring team.');
    const { grantedMinutes, deadlineAt } = computeDeadline({ startedAt: now, timeLimitMinutes: assessment.timeLimitMinutes, closesAt: assessment.closesAt, extraTimeMinutes, extraTimePercent });
    const attempt = await tx.attempt.create({
      data: {
        candidateId: userId, assessmentCandidateId: seat.id, grantedMinutes, startedAt: now, deadlineAt,
        problems: { create: items.map((item, position) => ({ problemId: item.problem.id, position, points: item.points, problemVersion: item.problem.version })) },
      },
      select: { id: true },
    });
    await scheduleDeadline(tx, { attemptId: attempt.id, deadlineAt });
    return { attemptId: attempt.id, deadlineAt: deadlineAt.toISOString(), started: true };
  });
}
