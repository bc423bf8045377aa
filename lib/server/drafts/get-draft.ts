import type { PrismaClient } from '../db/client';

/** The user's saved draft of a problem, if any. */
export async function getDraft(prisma: PrismaClient, userId: string, problemSlug: string): Promise<{ code: string; savedAt: string } | null> {
  const draft = await prisma.draft.findFirst({ where: { userId, problem: { slug: problemSlug } }, select: { code: true, updatedAt: true } });
  return draft ? { code: draft.code, savedAt: draft.updatedAt.toISOString() } : null;
}
