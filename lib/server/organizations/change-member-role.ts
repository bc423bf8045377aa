import { requireMembership } from '../access/require-membership';
import { OWNERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { ChangeRoleInput } from './schemas';

export type ChangeMemberRoleOptions = ChangeRoleInput & { userId: string; organizationId: string; memberId: string };

/** Owner only; an organization always keeps at least one owner. */
export async function changeMemberRole(prisma: PrismaClient, { userId, organizationId, memberId, role }: ChangeMemberRoleOptions): Promise<{ userId: string; role: ChangeRoleInput['role'] }> {
  await requireMembership(prisma, { userId, organizationId, roles: OWNERS });
  return prisma.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: memberId } }, select: { role: true } });
    if (!member) throw new AppError('not_found', 'This person is not a member of the organization (any more).');
    if (member.role === 'owner' && role !== 'owner') await requireAnotherOwner(tx, organizationId, memberId);
    await tx.membership.update({ where: { organizationId_userId: { organizationId, userId: memberId } }, data: { role } });
    return { userId: memberId, role };
  });
}

export async function requireAnotherOwner(tx: Pick<PrismaClient, 'membership' | '$executeRaw'>, organizationId: string, leavingOwnerId: string): Promise<void> {
  // owners are counted one change at a time, so two owners cannot demote each other at once
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`owners:${organizationId}`}::text))`;
  const others = await tx.membership.count({ where: { organizationId, role: 'owner', userId: { not: leavingOwnerId } } });
  if (others === 0) throw new AppError('conflict', 'An organization needs at least one owner: make someone else an owner first.');
}
