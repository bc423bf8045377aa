import { requireMembership } from '../access/require-membership';
import { OWNERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { DeleteOrganizationInput } from './schemas';

export type DeleteOrganizationOptions = DeleteOrganizationInput & { userId: string; organizationId: string };

/**
 * Owner only, confirmed by typing the organization's name. Memberships, invitations, problem sets and
 * assignments go with it; the candidates' own submissions stay theirs.
 */
export async function deleteOrganization(prisma: PrismaClient, { userId, organizationId, confirmName }: DeleteOrganizationOptions): Promise<void> {
  await requireMembership(prisma, { userId, organizationId, roles: OWNERS });
  const org = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
  if (confirmName !== org.name) {
    throw new AppError('bad_request', 'Type the organization’s name exactly to confirm.', { confirmName: [`Type “${org.name}” to confirm.`] });
  }
  await prisma.$transaction([
    // assignments hold their problem set (restrict), so they go first
    prisma.assignment.deleteMany({ where: { organizationId } }),
    prisma.organization.delete({ where: { id: organizationId } }),
  ]);
}
