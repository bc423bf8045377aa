import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { LANGUAGE_NAMES, type LanguageName } from '../../shared/languages';

export const SetPreferredLanguageInput = z.object({ language: z.enum(LANGUAGE_NAMES) });
export type SetPreferredLanguageOptions = z.infer<typeof SetPreferredLanguageInput> & { userId: string };

/** Remembers the user's pick of language, so every problem page opens in it (on any device). */
export async function setPreferredLanguage(prisma: PrismaClient, { userId, language }: SetPreferredLanguageOptions): Promise<{ language: LanguageName }> {
  await prisma.user.update({ where: { id: userId }, data: { preferredLanguage: language }, select: { id: true } });
  return { language };
}
