import type { PrismaClient } from '../db/client';
import { DRAFT_SAVE_LIMIT } from '../drafts/save-draft';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit';
import { requireCodeSize } from '../submissions/require-code-size';
import { appendSnapshot } from './append-snapshot';
import { lockOpenAttempt } from './lock-open-attempt';
import type { AttemptClock, SaveAttemptDraftInput } from './schemas';

export type SaveAttemptDraftOptions = SaveAttemptDraftInput & { userId: string; attemptId: string; problemSlug: string };

/**
 * Autosave during an attempt: the code becomes the problem's last saved code (what the deadline
 * grades) and one more snapshot for playback, if the attempt is still open by the server's clock.
 * Kept apart from practice drafts, which it never touches.
 */
export async function saveAttemptDraft(prisma: PrismaClient, { userId, attemptId, problemSlug, code }: SaveAttemptDraftOptions): Promise<AttemptClock & { savedAt: string }> {
  requireCodeSize(code);
  const limit = await consumeRateLimit(prisma, { key: `attempt-save:${userId}`, ...DRAFT_SAVE_LIMIT });
  if (!limit.allowed) {
    throw new AppError('too_many_requests', `Saving paused: more than ${DRAFT_SAVE_LIMIT.limit} saves a minute. Your code is kept in this browser and saved again in ${limit.retryAfterSeconds} s.`, undefined, limit.retryAfterSeconds);
  }
  return prisma.$transaction(async (tx) => {
    const attempt = await lockOpenAttempt(tx, { attemptId, candidateId: userId });
    const item = await tx.attemptProblem.findFirst({ where: { attemptId, problem: { slug: problemSlug } }, select: { problemId: true } });
    if (!item) throw new AppError('not_found', `This attempt has no problem "${problemSlug}".`);
    await tx.attemptProblem.update({ where: { attemptId_problemId: { attemptId, problemId: item.problemId } }, data: { code, savedAt: attempt.now } });
    await appendSnapshot(tx, { userId, attemptId, problemId: item.problemId, code, takenAt: attempt.now, kind: 'autosave' });
    return { savedAt: attempt.now.toISOString(), serverNow: attempt.now.toISOString(), deadlineAt: attempt.deadlineAt.toISOString() };
  });
}
