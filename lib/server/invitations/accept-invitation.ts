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
 * Makes the signed-in user a member with the invitation's role. A use is counted in the same
 * statement that checks the link is still good, so a single-use link admits exactly one person
 * however many open it at once. Someone already a member keeps their role and uses nothing up.
 */
export async function acceptInvitation(prisma: PrismaClient, { userId, token }: AcceptInvitationOptions): Promise<{ organizationId: string; joined: boolean }> {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { token }, select: { id: true, organizationId: true, role: true } });
    if (!invitation) throw new AppError('not_found', 'This invitation link is not valid. Check that you copied all of it.');
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId: invitation.organizationId, userId } }, select: { id: true } });
    if (existing) return { organizationId: invitation.organizationId, joined: false };
    const counted = await tx.$executeRaw`
      UPDATE "Invitation" SET uses = uses + 1
      WHERE id = ${invitation.id} AND "revokedAt" IS NULL AND "expiresAt" > now() AND ("maxUses" IS NULL OR uses < "maxUses")`;
    if (counted === 0) {
      const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { expiresAt: true, revokedAt: true, maxUses: true, uses: true } });
      const status = invitationStatus(row);
      throw new AppError('conflict', REFUSED[status === 'active' ? 'used_up' : status]);
    }
    await tx.membership.create({ data: { organizationId: invitation.organizationId, userId, role: invitation.role, invitationId: invitation.id } });
    return { organizationId: invitation.organizationId, joined: true };
  });
}
