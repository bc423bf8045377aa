import { MANAGERS } from '../access/roles';
import { computeDeadline } from '../attempts/compute-deadline';
import { databaseNow } from '../attempts/database-now';
import { scheduleDeadline } from '../attempts/schedule-deadline';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { getAssessmentOrThrow } from './get-assessment-or-throw';
import type { ExtraTimeInput } from './schemas';

export type SetExtraTimeOptions = ExtraTimeInput & { userId: string; organizationId: string; assessmentId: string; seatId: string };

/**
 * Owners and coaches set a candidate's extra time. Before the candidate starts it simply applies at
 * the start; during the attempt it moves the deadline later (never past the window's end) and re-keys
 * the deadline job, in one transaction. An attempt's time is never shortened, and an ended attempt
 * is not reopened.
 */
export async function setExtraTime(prisma: PrismaClient, { userId, organizationId, assessmentId, seatId, ...extra }: SetExtraTimeOptions): Promise<{ deadlineAt: string | null }> {
  const assessment = await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: MANAGERS });
  return prisma.$transaction(async (tx) => {
    const seat = await tx.assessmentCandidate.findFirst({ where: { id: seatId, assessmentId }, select: { id: true, attempt: { select: { id: true } } } });
    if (!seat) throw new AppError('not_found', 'This candidate has no seat in this assessment.');
    if (!seat.attempt) {
      await tx.assessmentCandidate.update({ where: { id: seat.id }, data: extra });
      return { deadlineAt: null };
    }
    const [attempt] = await tx.$queryRaw<{ id: string; startedAt: Date; deadlineAt: Date; finishedAt: Date | null }[]>`
      SELECT "id", "startedAt", "deadlineAt", "finishedAt" FROM "Attempt" WHERE "id" = ${seat.attempt.id} FOR NO KEY UPDATE`;
    const now = await databaseNow(tx);
    if (attempt!.finishedAt || now >= attempt!.deadlineAt) throw new AppError('conflict', 'This attempt has ended; its time can no longer change.');
    const next = computeDeadline({ startedAt: attempt!.startedAt, timeLimitMinutes: assessment.timeLimitMinutes, closesAt: assessment.closesAt, ...extra });
    if (next.deadlineAt < attempt!.deadlineAt) throw new AppError('bad_request', 'The candidate has started: their time can be extended, not shortened.');
    await tx.assessmentCandidate.update({ where: { id: seat.id }, data: extra });
    await tx.attempt.update({ where: { id: attempt!.id }, data: { deadlineAt: next.deadlineAt, grantedMinutes: next.grantedMinutes } });
    await scheduleDeadline(tx, { attemptId: attempt!.id, deadlineAt: next.deadlineAt });
    return { deadlineAt: next.deadlineAt.toISOString() };
  });
}
