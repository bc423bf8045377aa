import { grantedMinutes } from '../attempts/compute-deadline';
import { databaseNow } from '../attempts/database-now';
import { measureAttemptResults } from '../attempts/measure-attempt-results';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { attemptStatus, type AttemptStatus } from '../../shared/attempt-status';

export type MyAssessmentPage = {
  id: string;
  title: string;
  organizationName: string;
  instructions: string;
  timeLimitMinutes: number;
  /** with this candidate's extra time */
  minutes: number;
  opensAt: string;
  closesAt: string;
  problems: number;
  status: AttemptStatus;
  attempt: { id: string; startedAt: string; deadlineAt: string; finishedAt: string | null } | null;
  /** only where the assessment shows candidates their scores, once graded */
  result: { score: number | null; problems: { title: string; score: number | null }[] } | null;
  serverNow: string;
};

export type GetMyAssessmentOptions = { userId: string; organizationId: string; assessmentId: string };

/** The candidate's page of an assessment they have a seat in: instructions and time before the start, their result after (if the assessment shows it). */
export async function getMyAssessment(prisma: PrismaClient, { userId, organizationId, assessmentId }: GetMyAssessmentOptions): Promise<MyAssessmentPage> {
  const seat = await prisma.assessmentCandidate.findFirst({
    where: { assessmentId, candidateId: userId, assessment: { organizationId, organization: { memberships: { some: { userId, role: 'candidate' } } } } },
    select: {
      extraTimeMinutes: true, extraTimePercent: true,
      assessment: { select: { title: true, instructions: true, timeLimitMinutes: true, opensAt: true, closesAt: true, showScores: true, organization: { select: { name: true } }, problemSet: { select: { _count: { select: { items: true } } } } } },
      attempt: { select: { id: true, startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true, problems: { orderBy: { position: 'asc' }, select: { problem: { select: { title: true } } } } } },
    },
  });
  if (!seat) throw new AppError('not_found', 'There is no such assessment, or you have no seat in it.');
  const { assessment, attempt } = seat;
  const now = await databaseNow(prisma);
  let result: MyAssessmentPage['result'] = null;
  if (assessment.showScores && attempt?.finishedAt) {
    const measured = (await measureAttemptResults(prisma, { attemptIds: [attempt.id] })).get(attempt.id);
    result = { score: measured?.score ?? null, problems: attempt.problems.map((p, i) => ({ title: p.problem.title, score: measured?.problems[i]?.score ?? null })) };
  }
  return {
    id: assessmentId,
    title: assessment.title,
    organizationName: assessment.organization.name,
    instructions: assessment.instructions,
    timeLimitMinutes: assessment.timeLimitMinutes,
    minutes: grantedMinutes(assessment.timeLimitMinutes, seat),
    opensAt: assessment.opensAt.toISOString(),
    closesAt: assessment.closesAt.toISOString(),
    problems: attempt?.problems.length ?? assessment.problemSet._count.items,
    status: attemptStatus(attempt, now),
    attempt: attempt && { id: attempt.id, startedAt: attempt.startedAt.toISOString(), deadlineAt: attempt.deadlineAt.toISOString(), finishedAt: attempt.finishedAt?.toISOString() ?? null },
    result,
    serverNow: now.toISOString(),
  };
}
