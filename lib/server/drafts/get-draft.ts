import type { PrismaClient } from '../db/client';

export type GetDraftOptions = { userId: string; problemSlug: string };

/** The user's saved draft of a problem, if any. */
export async function getDraft(prisma: PrismaClient, { userId, problemSlug }: GetDraftOptions): Promise<{ code: string; savedAt: string } | null> {
  const draft = await prisma.draft.findFirst({ where: { userId, problem: { slug: problemSlug } }, select: { code: true, updatedAt: true } });
  return draft ? { code: draft.code, savedAt: draft.updatedAt.toISOString() } : null;
}
