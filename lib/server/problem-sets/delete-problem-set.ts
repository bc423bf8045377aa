import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { getProblemSetOrThrow } from './get-problem-set-or-throw';

export type DeleteProblemSetOptions = { userId: string; organizationId: string; problemSetId: string };

/** Only a set nobody was assigned; an assigned set is archived instead, so no one's progress is lost. */
export async function deleteProblemSet(prisma: PrismaClient, { userId, organizationId, problemSetId }: DeleteProblemSetOptions): Promise<void> {
  await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: MANAGERS });
  const assigned = await prisma.assignment.count({ where: { problemSetId } });
  if (assigned > 0) throw new AppError('conflict', `This set is assigned to ${assigned} ${assigned === 1 ? 'candidate' : 'candidates'}: archive it instead.`);
  await prisma.problemSet.delete({ where: { id: problemSetId } });
}
