import { requireMembership } from '../access/require-membership';
import { OWNERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import type { RenameOrganizationInput } from './schemas';

export type RenameOrganizationOptions = RenameOrganizationInput & { userId: string; organizationId: string };

export async function renameOrganization(prisma: PrismaClient, { userId, organizationId, name }: RenameOrganizationOptions): Promise<{ id: string; name: string }> {
  await requireMembership(prisma, { userId, organizationId, roles: OWNERS });
  return prisma.organization.update({ where: { id: organizationId }, data: { name }, select: { id: true, name: true } });
}
