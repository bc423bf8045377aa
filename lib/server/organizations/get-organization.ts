import { requireMembership } from '../access/require-membership';
import { ANY_MEMBER, type OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type OrganizationView = { id: string; name: string; kind: 'coaching' | 'hiring'; createdAt: string; myRole: OrgRole; memberCount: number };

export type GetOrganizationOptions = { userId: string; organizationId: string };

/** Any member may see the organization's name, kind and their own role. */
export async function getOrganization(prisma: PrismaClient, { userId, organizationId }: GetOrganizationOptions): Promise<OrganizationView> {
  const membership = await requireMembership(prisma, { userId, organizationId, roles: ANY_MEMBER });
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { id: true, name: true, kind: true, createdAt: true, _count: { select: { memberships: true } } },
  });
  return { id: org.id, name: org.name, kind: org.kind, createdAt: org.createdAt.toISOString(), myRole: membership.role, memberCount: org._count.memberships };
}
