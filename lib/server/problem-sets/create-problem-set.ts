import { requireMembership } from '../access/require-membership';
import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { resolveSetItems } from './resolve-set-items';
import type { SaveProblemSetInput } from './schemas';

export type CreateProblemSetOptions = SaveProblemSetInput & { userId: string; organizationId: string };

export async function createProblemSet(prisma: PrismaClient, { userId, organizationId, title, description, items }: CreateProblemSetOptions): Promise<{ id: string }> {
  await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  const resolved = await resolveSetItems(prisma, items);
  return prisma.problemSet.create({ data: { organizationId, createdById: userId, title, description, items: { create: resolved } }, select: { id: true } });
}
