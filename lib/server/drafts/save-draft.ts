import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit';
import { requireCodeSize } from '../submissions/require-code-size';
import { LANGUAGE_NAMES } from '../../shared/languages';

/** Autosave comes 800 ms after typing stops, so a person saves far less often than this. */
export const DRAFT_SAVE_LIMIT = { limit: 60, windowMs: 60_000 };

export const SaveDraftInput = z.object({ code: z.string(), language: z.enum(LANGUAGE_NAMES).default('typescript') });
export type SaveDraftInput = z.input<typeof SaveDraftInput>;
export type SaveDraftOptions = SaveDraftInput & { userId: string; problemSlug: string };

/**
 * Saves what the candidate is typing, one draft per language (so it follows them to another browser), and
 * appends it to the code history that time-spent figures and playback read. One user's saves are serialized so the
 * snapshot sequence has no gaps or duplicates.
 */
export async function saveDraft(prisma: PrismaClient, { userId, problemSlug, language = 'typescript', ...input }: SaveDraftOptions): Promise<{ savedAt: string }> {
  requireCodeSize(input.code);
  const problem = await prisma.problem.findFirst({ where: { slug: problemSlug, active: true }, select: { id: true } });
  if (!problem) throw new AppError('not_found', `There is no problem "${problemSlug}".`);
  const limit = await consumeRateLimit(prisma, { key: `draft-save:${userId}`, ...DRAFT_SAVE_LIMIT });
  if (!limit.allowed) {
    throw new AppError('too_many_requests', `Saving paused: more than ${DRAFT_SAVE_LIMIT.limit} saves a minute. Your code is kept in this browser and saved again in ${limit.retryAfterSeconds} s.`, undefined, limit.retryAfterSeconds);
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`draft:${userId}`}::text))`;
    const draft = await tx.draft.upsert({
      where: { userId_problemId_language: { userId, problemId: problem.id, language } },
      create: { userId, problemId: problem.id, language, code: input.code },
      update: { code: input.code },
      select: { updatedAt: true },
    });
    const last = await tx.codeSnapshot.findFirst({ where: { userId, problemId: problem.id, attemptId: null }, orderBy: { seq: 'desc' }, select: { seq: true, code: true } });
    if (last?.code !== input.code) {
      await tx.codeSnapshot.create({ data: { userId, problemId: problem.id, seq: (last?.seq ?? 0) + 1, code: input.code, takenAt: draft.updatedAt } });
    }
    return { savedAt: draft.updatedAt.toISOString() };
  });
}
