import type { PrismaClient } from '../db/client';
import type { LanguageName } from '../../shared/languages';

export type DraftView = { code: string; savedAt: string };
export type GetDraftsOptions = { userId: string; problemSlug: string };

/** The user's saved drafts of a problem, one per language they wrote in. */
export async function getDrafts(prisma: PrismaClient, { userId, problemSlug }: GetDraftsOptions): Promise<Partial<Record<LanguageName, DraftView>>> {
  const drafts = await prisma.draft.findMany({ where: { userId, problem: { slug: problemSlug } }, select: { language: true, code: true, updatedAt: true } });
  return Object.fromEntries(drafts.map((d) => [d.language, { code: d.code, savedAt: d.updatedAt.toISOString() }]));
}
