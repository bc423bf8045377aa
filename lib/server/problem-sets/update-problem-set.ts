import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { getProblemSetOrThrow } from './get-problem-set-or-throw';
import { resolveSetItems } from './resolve-set-items';
import type { SaveProblemSetInput } from './schemas';

export type UpdateProblemSetOptions = SaveProblemSetInput & { userId: string; organizationId: string; problemSetId: string };

/** Saves the builder's whole state: title, description, and the problems in order with their points. */
export async function updateProblemSet(prisma: PrismaClient, { userId, organizationId, problemSetId, title, description, items }: UpdateProblemSetOptions): Promise<{ id: string }> {
  await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: MANAGERS });
  const resolved = await resolveSetItems(prisma, items);
  await prisma.$transaction([
    prisma.problemSetItem.deleteMany({ where: { problemSetId } }),
    prisma.problemSet.update({ where: { id: problemSetId }, data: { title, description, items: { create: resolved } } }),
  ]);
  return { id: problemSetId };
}
