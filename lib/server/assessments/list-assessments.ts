import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type AssessmentSummary = { id: string; title: string; setTitle: string; timeLimitMinutes: number; opensAt: string; closesAt: string; seats: number; started: number; ended: number };

export type ListAssessmentsOptions = { userId: string; organizationId: string };

/** Staff see the organization's assessments, newest first, with how many candidates have a seat, started and ended. */
export async function listAssessments(prisma: PrismaClient, { userId, organizationId }: ListAssessmentsOptions): Promise<AssessmentSummary[]> {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const rows = await prisma.assessment.findMany({
    where: { organizationId },
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: {
      id: true, title: true, timeLimitMinutes: true, opensAt: true, closesAt: true,
      problemSet: { select: { title: true } },
      candidates: { select: { attempt: { select: { finishedAt: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    setTitle: r.problemSet.title,
    timeLimitMinutes: r.timeLimitMinutes,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    seats: r.candidates.length,
    started: r.candidates.filter((c) => c.attempt).length,
    ended: r.candidates.filter((c) => c.attempt?.finishedAt).length,
  }));
}
