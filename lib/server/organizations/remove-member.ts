import { requireMembership } from '../access/require-membership';
import { OWNERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { requireAnotherOwner } from './change-member-role';

export type RemoveMemberOptions = { userId: string; organizationId: string; memberId: string };

/**
 * Owner only. The member's assignments in this organization are withdrawn with them (their own
 * submissions stay theirs, and staff no longer see them); the last owner cannot be removed.
 */
export async function removeMember(prisma: PrismaClient, { userId, organizationId, memberId }: RemoveMemberOptions): Promise<{ withdrawnAssignments: number }> {
  await requireMembership(prisma, { userId, organizationId, roles: OWNERS });
  return prisma.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: memberId } }, select: { role: true } });
    if (!member) throw new AppError('not_found', 'This person is not a member of the organization (any more).');
    if (member.role === 'owner') await requireAnotherOwner(tx, organizationId, memberId);
    const withdrawn = await tx.assignment.deleteMany({ where: { organizationId, candidateId: memberId } });
    await tx.membership.delete({ where: { organizationId_userId: { organizationId, userId: memberId } } });
    return { withdrawnAssignments: withdrawn.count };
  });
}
