import { requireMembership } from '../access/require-membership';
import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type SetCatalogEntry = { slug: string; title: string; topic: string; difficulty: 'easy' | 'medium' | 'hard' };

/** The active problems a set builder can add (the builder searches them by title, topic and difficulty). */
export async function listSetCatalog(prisma: PrismaClient, { userId, organizationId }: { userId: string; organizationId: string }): Promise<SetCatalogEntry[]> {
  await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  return prisma.problem.findMany({ where: { active: true }, select: { slug: true, title: true, topic: true, difficulty: true }, orderBy: [{ topic: 'asc' }, { title: 'asc' }] });
}
