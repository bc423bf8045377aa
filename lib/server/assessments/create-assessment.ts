import { requireMembership } from '../access/require-membership';
import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { newInvitationToken } from '../invitations/invitation-url';
import { requireAssignableSet } from '../problem-sets/require-assignable-set';
import type { SaveAssessmentInput } from './schemas';

export type CreateAssessmentOptions = SaveAssessmentInput & { userId: string; organizationId: string };

/**
 * A hiring team's owners and coaches create an assessment from one of their sets. It comes with its
 * invitation link (anyone holding it may join as a candidate and take a seat until the window closes),
 * created in the same transaction.
 */
export async function createAssessment(prisma: PrismaClient, { userId, organizationId, ...input }: CreateAssessmentOptions): Promise<{ id: string }> {
  await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  const org = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { kind: true } });
  if (org.kind !== 'hiring') throw new AppError('bad_request', 'Assessments belong to hiring teams; this is a coaching group (assign sets with a due date instead).');
  const set = await prisma.problemSet.findFirst({ where: { id: input.problemSetId, organizationId }, select: { id: true, archivedAt: true } });
  if (!set) throw new AppError('bad_request', 'Choose one of this organization’s problem sets.', { problemSetId: ['Choose a problem set.'] });
  const opensAt = input.opensAt ?? new Date();
  if (input.closesAt <= new Date()) throw new AppError('bad_request', 'The closing time is in the past.', { closesAt: ['Pick a later time.'] });
  return prisma.$transaction(async (tx) => {
    await requireAssignableSet(tx, set);
    const assessment = await tx.assessment.create({
      data: {
        organizationId, problemSetId: set.id, title: input.title, instructions: input.instructions, timeLimitMinutes: input.timeLimitMinutes,
        opensAt, closesAt: input.closesAt, showScores: input.showScores, anonymousReview: input.anonymousReview, createdById: userId,
      },
      select: { id: true },
    });
    await tx.invitation.create({
      data: { organizationId, role: 'candidate', token: newInvitationToken(), createdById: userId, expiresAt: input.closesAt, assessmentId: assessment.id },
    });
    return assessment;
  });
}
