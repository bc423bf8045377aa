import { requireMembership } from '../access/require-membership';
import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

export type RevokeInvitationOptions = { userId: string; organizationId: string; invitationId: string };

/** The link stops working at once; who already joined stays. Coaches revoke only candidate links. */
export async function revokeInvitation(prisma: PrismaClient, { userId, organizationId, invitationId }: RevokeInvitationOptions): Promise<void> {
  const membership = await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  const invitation = await prisma.invitation.findFirst({ where: { id: invitationId, organizationId }, select: { role: true } });
  if (!invitation) throw new AppError('not_found', 'There is no such invitation.');
  if (membership.role !== 'owner' && invitation.role !== 'candidate') throw new AppError('forbidden', 'Coaches revoke candidate invitations only.');
  await prisma.invitation.updateMany({ where: { id: invitationId, revokedAt: null }, data: { revokedAt: new Date() } });
}
