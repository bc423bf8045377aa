import { takeSeat } from '../assessments/take-seat';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { invitationStatus } from './schemas';

export type AcceptInvitationOptions = { userId: string; token: string };

const REFUSED = {
  expired: 'This invitation has expired. Ask whoever sent it for a new link.',
  revoked: 'This invitation was revoked. Ask whoever sent it for a new link.',
  used_up: 'This invitation has already been used. Ask whoever sent it for a new link.',
} as const;

/**
 * Makes the signed-in user a member with the invitation's role and, for an assessment's link, seats
 * them as its candidate. A use is counted in the same statement that checks the link is still good, so
 * a single-use link admits exactly one person however many open it at once. Someone who already has
 * what the link gives keeps their role and uses nothing up.
 */
export async function acceptInvitation(prisma: PrismaClient, { userId, token }: AcceptInvitationOptions): Promise<{ organizationId: string; joined: boolean; assessmentId: string | null }> {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { token }, select: { id: true, organizationId: true, role: true, assessmentId: true, extraTimeMinutes: true, extraTimePercent: true } });
    if (!invitation) throw new AppError('not_found', 'This invitation link is not valid. Check that you copied all of it.');
    const { organizationId, assessmentId } = invitation;
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
    if (assessmentId && existing && existing.role !== 'candidate') {
      throw new AppError('conflict', 'You are on the staff of this organization, so you cannot take its assessment. Open the link signed in as the candidate.');
    }
    const seated = assessmentId ? await tx.assessmentCandidate.findUnique({ where: { assessmentId_candidateId: { assessmentId, candidateId: userId } }, select: { id: true } }) : null;
    if (existing && (!assessmentId || seated)) return { organizationId, joined: false, assessmentId };
    const counted = await tx.$executeRaw`
      UPDATE "Invitation" SET uses = uses + 1
      WHERE id = ${invitation.id} AND "revokedAt" IS NULL AND "expiresAt" > now() AND ("maxUses" IS NULL OR uses < "maxUses")`;
    if (counted === 0) {
      const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { expiresAt: true, revokedAt: true, maxUses: true, uses: true } });
      const status = invitationStatus(row);
      throw new AppError('conflict', REFUSED[status === 'active' ? 'used_up' : status]);
    }
    if (!existing) await tx.membership.create({ data: { organizationId, userId, role: invitation.role, invitationId: invitation.id } });
    if (assessmentId) await takeSeat(tx, { assessmentId, candidateId: userId, invitationId: invitation.id, extraTimeMinutes: invitation.extraTimeMinutes, extraTimePercent: invitation.extraTimePercent });
    return { organizationId, joined: true, assessmentId };
  });
}
