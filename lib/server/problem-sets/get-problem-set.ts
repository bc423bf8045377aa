import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { getProblemSetOrThrow } from './get-problem-set-or-throw';

export type ProblemSetItemView = { slug: string; title: string; topic: string; difficulty: 'easy' | 'medium' | 'hard'; points: number; active: boolean };
export type ProblemSetView = { id: string; title: string; description: string; archived: boolean; items: ProblemSetItemView[]; assignmentCount: number };

export type GetProblemSetOptions = { userId: string; organizationId: string; problemSetId: string };

/** Staff read a set of their organization with its problems in order. */
export async function getProblemSet(prisma: PrismaClient, { userId, organizationId, problemSetId }: GetProblemSetOptions): Promise<ProblemSetView> {
  await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: STAFF });
  const set = await prisma.problemSet.findUniqueOrThrow({
    where: { id: problemSetId },
    select: {
      id: true, title: true, description: true, archivedAt: true,
      items: { orderBy: { position: 'asc' }, select: { points: true, problem: { select: { slug: true, title: true, topic: true, difficulty: true, active: true } } } },
      _count: { select: { assignments: true } },
    },
  });
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    archived: set.archivedAt !== null,
    items: set.items.map((i) => ({ ...i.problem, points: i.points })),
    assignmentCount: set._count.assignments,
  };
}
