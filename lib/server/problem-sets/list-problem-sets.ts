import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type ProblemSetSummary = { id: string; title: string; problems: number; assignments: number; archived: boolean; updatedAt: string };

export type ListProblemSetsOptions = { userId: string; organizationId: string };

/** The organization's sets, current ones first, then archived ones. */
export async function listProblemSets(prisma: PrismaClient, { userId, organizationId }: ListProblemSetsOptions): Promise<ProblemSetSummary[]> {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const rows = await prisma.problemSet.findMany({
    where: { organizationId },
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { updatedAt: 'desc' }],
    select: { id: true, title: true, archivedAt: true, updatedAt: true, _count: { select: { items: true, assignments: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, problems: r._count.items, assignments: r._count.assignments, archived: r.archivedAt !== null, updatedAt: r.updatedAt.toISOString() }));
}
