import type { PrismaClient } from '../db/client';

export type HasSolvedOptions = { userId: string; problemSlug: string };

/** Whether the user has an accepted Submit on this problem (in any language): it opens the problem's common mistakes. */
export async function hasSolved(prisma: PrismaClient, { userId, problemSlug }: HasSolvedOptions): Promise<boolean> {
  const accepted = await prisma.submission.findFirst({ where: { userId, kind: 'submit', verdict: 'accepted', problem: { slug: problemSlug } }, select: { id: true } });
  return accepted !== null;
}
