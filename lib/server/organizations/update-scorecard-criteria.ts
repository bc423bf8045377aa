import { requireMembership } from '../access/require-membership';
import { OWNERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import type { ScorecardCriteriaInput } from '../reviews/schemas';

export type UpdateScorecardCriteriaOptions = ScorecardCriteriaInput & { userId: string; organizationId: string };

/** Owners set the criteria of their scorecards; reviews already written keep theirs. */
export async function updateScorecardCriteria(prisma: PrismaClient, { userId, organizationId, criteria }: UpdateScorecardCriteriaOptions): Promise<{ criteria: string[] }> {
  await requireMembership(prisma, { userId, organizationId, roles: OWNERS });
  await prisma.organization.update({ where: { id: organizationId }, data: { scorecardCriteria: criteria } });
  return { criteria };
}
