import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { requireAssignableSet } from '../problem-sets/require-assignable-set';
import { getAssessmentOrThrow } from './get-assessment-or-throw';
import type { SaveAssessmentInput } from './schemas';

export type UpdateAssessmentOptions = SaveAssessmentInput & { userId: string; organizationId: string; assessmentId: string };

/**
 * Owners and coaches change an assessment. Attempts already started keep what they started with (their
 * problems, versions and deadline); the invitation links expire with the new closing time.
 */
export async function updateAssessment(prisma: PrismaClient, { userId, organizationId, assessmentId, ...input }: UpdateAssessmentOptions): Promise<{ id: string }> {
  const current = await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: MANAGERS });
  const set = await prisma.problemSet.findFirst({ where: { id: input.problemSetId, organizationId }, select: { id: true, archivedAt: true } });
  if (!set) throw new AppError('bad_request', 'Choose one of this organization’s problem sets.', { problemSetId: ['Choose a problem set.'] });
  if (input.closesAt <= new Date() && input.closesAt.getTime() !== current.closesAt.getTime()) {
    throw new AppError('bad_request', 'The closing time is in the past.', { closesAt: ['Pick a later time.'] });
  }
  return prisma.$transaction(async (tx) => {
    if (set.id !== current.problemSetId) await requireAssignableSet(tx, set);
    await tx.assessment.update({
      where: { id: assessmentId },
      data: {
        problemSetId: set.id, title: input.title, instructions: input.instructions, timeLimitMinutes: input.timeLimitMinutes, opensAt: input.opensAt ?? current.opensAt,
        closesAt: input.closesAt, showScores: input.showScores, anonymousReview: input.anonymousReview,
      },
    });
    await tx.invitation.updateMany({ where: { assessmentId, revokedAt: null }, data: { expiresAt: input.closesAt } });
    return { id: assessmentId };
  });
}
