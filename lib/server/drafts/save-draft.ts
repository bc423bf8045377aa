import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit';
import { requireCodeSize } from '../submissions/require-code-size';
import { LANGUAGE_NAMES } from '../../shared/languages';
import type { DraftView } from './get-draft';

/** Autosave comes 800 ms after typing stops, so a person saves far less often than this. */
export const DRAFT_SAVE_LIMIT = { limit: 60, windowMs: 60_000 };

export const SaveDraftInput = z.object({
  code: z.string(),
  language: z.enum(LANGUAGE_NAMES).default('typescript'),
  /** the draft version this text was edited from (0: none saved yet); without it the save overwrites whatever is there */
  baseVersion: z.number().int().min(0).optional(),
});
export type SaveDraftInput = z.input<typeof SaveDraftInput>;
export type SaveDraftOptions = SaveDraftInput & { userId: string; problemSlug: string };

/**
 * Saves what the candidate is typing, one draft per language (so it follows them to another browser), and
 * appends it to the code history that time-spent figures and playback read. One user's saves are serialized so the
 * snapshot sequence has no gaps or duplicates. A save based on an older version than the stored one (another tab or
 * browser saved meanwhile) is refused with `conflict`, so neither silently overwrites the other.
 */
export async function saveDraft(prisma: PrismaClient, { userId, problemSlug, language = 'typescript', baseVersion, ...input }: SaveDraftOptions): Promise<DraftView> {
  requireCodeSize(input.code);
  const problem = await prisma.problem.findFirst({ where: { slug: problemSlug, active: true }, select: { id: true } });
  if (!problem) throw new AppError('not_found', `There is no problem "${problemSlug}".`);
  const limit = await consumeRateLimit(prisma, { key: `draft-save:${userId}`, ...DRAFT_SAVE_LIMIT });
  if (!limit.allowed) {
    throw new AppError('too_many_requests', `Saving paused: more than ${DRAFT_SAVE_LIMIT.limit} saves a minute. Your code is kept in this browser and saved again in ${limit.retryAfterSeconds} s.`, undefined, limit.retryAfterSeconds);
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`draft:${userId}`}::text))`;
    const key = { userId_problemId_language: { userId, problemId: problem.id, language } };
    const stored = await tx.draft.findUnique({ where: key, select: { version: true } });
    if (baseVersion !== undefined && baseVersion !== (stored?.version ?? 0)) {
      throw new AppError('conflict', 'This draft was changed in another tab or browser since this one loaded it.');
    }
    const draft = await tx.draft.upsert({
      where: key,
      create: { userId, problemId: problem.id, language, code: input.code },
      update: { code: input.code, version: { increment: 1 } },
      select: { code: true, updatedAt: true, version: true },
    });
    const last = await tx.codeSnapshot.findFirst({ where: { userId, problemId: problem.id, attemptId: null }, orderBy: { seq: 'desc' }, select: { seq: true, code: true } });
    if (last?.code !== input.code) {
      await tx.codeSnapshot.create({ data: { userId, problemId: problem.id, seq: (last?.seq ?? 0) + 1, code: input.code, takenAt: draft.updatedAt } });
    }
    return { code: draft.code, savedAt: draft.updatedAt.toISOString(), version: draft.version };
  });
}
