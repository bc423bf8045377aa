import { requireMembership, type Membership } from '../access/require-membership';
import type { OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

export type ProblemSetAccessOptions = { userId: string; organizationId: string; problemSetId: string; roles: readonly OrgRole[] };

/** A problem set of this organization, for a member with one of `roles`; another organization's set is "not found". */
export async function getProblemSetOrThrow(prisma: PrismaClient, options: ProblemSetAccessOptions): Promise<{ id: string; title: string; archivedAt: Date | null; membership: Membership }> {
  const membership = await requireMembership(prisma, options);
  const set = await prisma.problemSet.findFirst({ where: { id: options.problemSetId, organizationId: options.organizationId }, select: { id: true, title: true, archivedAt: true } });
  if (!set) throw new AppError('not_found', 'There is no such problem set.');
  return { ...set, membership };
}
