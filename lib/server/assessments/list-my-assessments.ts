import { grantedMinutes } from '../attempts/compute-deadline';
import type { PrismaClient } from '../db/client';

export type MyAssessmentView = {
  id: string;
  organizationId: string;
  organizationName: string;
  title: string;
  /** the time limit with this candidate's extra time */
  minutes: number;
  opensAt: string;
  closesAt: string;
  attempt: { id: string; deadlineAt: string; finishedAt: string | null } | null;
};

/** A candidate's seats, in organizations they still belong to: what they may start, are taking, or have handed in. */
export async function listMyAssessments(prisma: PrismaClient, { userId, organizationId }: { userId: string; organizationId?: string }): Promise<MyAssessmentView[]> {
  const seats = await prisma.assessmentCandidate.findMany({
    where: { candidateId: userId, assessment: { ...(organizationId ? { organizationId } : {}), organization: { memberships: { some: { userId, role: 'candidate' } } } } },
    orderBy: { createdAt: 'desc' },
    select: {
      extraTimeMinutes: true, extraTimePercent: true,
      assessment: { select: { id: true, title: true, timeLimitMinutes: true, opensAt: true, closesAt: true, organization: { select: { id: true, name: true } } } },
      attempt: { select: { id: true, deadlineAt: true, finishedAt: true } },
    },
  });
  return seats.map(({ assessment, attempt, ...extra }) => ({
    id: assessment.id,
    organizationId: assessment.organization.id,
    organizationName: assessment.organization.name,
    title: assessment.title,
    minutes: grantedMinutes(assessment.timeLimitMinutes, extra),
    opensAt: assessment.opensAt.toISOString(),
    closesAt: assessment.closesAt.toISOString(),
    attempt: attempt && { id: attempt.id, deadlineAt: attempt.deadlineAt.toISOString(), finishedAt: attempt.finishedAt?.toISOString() ?? null },
  }));
}
