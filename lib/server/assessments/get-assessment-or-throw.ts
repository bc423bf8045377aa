import { requireMembership, type Membership } from '../access/require-membership';
import type { OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

export type AssessmentAccessOptions = { userId: string; organizationId: string; assessmentId: string; roles: readonly OrgRole[] };

/** An assessment of this organization, for a member with one of `roles`; another organization's is "not found". */
export async function getAssessmentOrThrow(prisma: PrismaClient, options: AssessmentAccessOptions) {
  const membership: Membership = await requireMembership(prisma, options);
  const assessment = await prisma.assessment.findFirst({
    where: { id: options.assessmentId, organizationId: options.organizationId },
    select: { id: true, title: true, problemSetId: true, timeLimitMinutes: true, opensAt: true, closesAt: true, showScores: true, anonymousReview: true },
  });
  if (!assessment) throw new AppError('not_found', 'There is no such assessment.');
  return { ...assessment, membership };
}
