import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { ROLE_LABELS, type OrgRole } from './roles';

export type Membership = { organizationId: string; userId: string; role: OrgRole };

export type RequireMembershipOptions = { userId: string; organizationId: string; roles: readonly OrgRole[] };

/**
 * The caller's membership in the organization that owns an object, with one of `roles`. Someone
 * outside the organization gets "not found" (an organization's existence is not revealed); a member
 * whose role does not allow the action gets "forbidden".
 */
export async function requireMembership(prisma: PrismaClient, options: RequireMembershipOptions): Promise<Membership> {
  const membership = await prisma.membership.findUnique({
    where: { organizationId_userId: { organizationId: options.organizationId, userId: options.userId } },
    select: { organizationId: true, userId: true, role: true },
  });
  if (!membership) throw new AppError('not_found', 'There is no such organization, or you are not a member of it.');
  if (!options.roles.includes(membership.role)) {
    throw new AppError('forbidden', `As ${article(membership.role)} ${ROLE_LABELS[membership.role].toLowerCase()} of this organization you cannot do this.`);
  }
  return membership;
}

function article(role: OrgRole): string {
  return role === 'owner' ? 'an' : 'a';
}
