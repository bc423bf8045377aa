import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { getProblemSetOrThrow } from './get-problem-set-or-throw';

export type ArchiveProblemSetOptions = { userId: string; organizationId: string; problemSetId: string; archived: boolean };

/** Archived sets cannot be assigned again; existing assignments and their progress stay. */
export async function archiveProblemSet(prisma: PrismaClient, { userId, organizationId, problemSetId, archived }: ArchiveProblemSetOptions): Promise<{ id: string; archived: boolean }> {
  await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: MANAGERS });
  await prisma.problemSet.update({ where: { id: problemSetId }, data: { archivedAt: archived ? new Date() : null } });
  return { id: problemSetId, archived };
}
