import { requireMembership } from '../access/require-membership';
import { STAFF, type OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

/** A similarity flag of an assessment of this organization, for staff; anything else is "not found". */
export async function getFlagOrThrow(prisma: PrismaClient, { userId, organizationId, flagId, roles = STAFF }: { userId: string; organizationId: string; flagId: string; roles?: readonly OrgRole[] }) {
  await requireMembership(prisma, { userId, organizationId, roles });
  const flag = await prisma.similarityFlag.findFirst({ where: { id: flagId, assessment: { organizationId } }, select: { id: true, assessmentId: true } });
  if (!flag) throw new AppError('not_found', 'There is no such similarity flag.');
  return flag;
}
