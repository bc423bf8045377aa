import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { getProblemSetOrThrow } from './get-problem-set-or-throw';

export type DuplicateProblemSetOptions = { userId: string; organizationId: string; problemSetId: string };

/** A copy of the set (title, description, problems and points), not archived, with no assignments. */
export async function duplicateProblemSet(prisma: PrismaClient, { userId, organizationId, problemSetId }: DuplicateProblemSetOptions): Promise<{ id: string }> {
  await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: MANAGERS });
  const source = await prisma.problemSet.findUniqueOrThrow({
    where: { id: problemSetId },
    select: { title: true, description: true, items: { select: { problemId: true, position: true, points: true } } },
  });
  return prisma.problemSet.create({
    data: { organizationId, createdById: userId, title: `Copy of ${source.title}`.slice(0, 120), description: source.description, items: { create: source.items } },
    select: { id: true },
  });
}
