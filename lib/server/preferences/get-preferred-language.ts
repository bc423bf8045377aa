import type { PrismaClient } from '../db/client';
import type { LanguageName } from '../../shared/languages';

export type GetPreferredLanguageOptions = { userId: string };

/** The language the user last picked; TypeScript until they pick one. */
export async function getPreferredLanguage(prisma: PrismaClient, { userId }: GetPreferredLanguageOptions): Promise<LanguageName> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { preferredLanguage: true } });
  return user?.preferredLanguage ?? 'typescript';
}
