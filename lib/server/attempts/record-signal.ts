import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { lockOpenAttempt } from './lock-open-attempt';
import type { AttemptClock, RecordSignalInput } from './schemas';

/** Enough for any honest attempt; past it a browser is only filling the table. */
export const MAX_SIGNALS_PER_ATTEMPT = 2_000;

export type RecordSignalOptions = { userId: string; attemptId: string; input: RecordSignalInput };

/**
 * A large paste or a loss of focus, recorded at the server's time while the attempt is open. A focus
 * loss lasts until the next `focus_back` (timed by the server too, so the browser's clock plays no
 * part). Shown to reviewers as signals, never as verdicts.
 */
export async function recordSignal(prisma: PrismaClient, { userId, attemptId, input }: RecordSignalOptions): Promise<AttemptClock> {
  return prisma.$transaction(async (tx) => {
    const attempt = await lockOpenAttempt(tx, { attemptId, candidateId: userId });
    const clock = { serverNow: attempt.now.toISOString(), deadlineAt: attempt.deadlineAt.toISOString() };
    const open = await tx.attemptSignal.findFirst({ where: { attemptId, kind: 'focus_lost', endedAt: null }, orderBy: { at: 'desc' }, select: { id: true } });
    if (input.kind === 'focus_back') {
      if (open) await tx.attemptSignal.update({ where: { id: open.id }, data: { endedAt: attempt.now } });
      return clock;
    }
    if (input.kind === 'focus_lost' && open) return clock; // one loss at a time: a second tab's report adds nothing
    if ((await tx.attemptSignal.count({ where: { attemptId } })) >= MAX_SIGNALS_PER_ATTEMPT) return clock;
    const problem = input.problemSlug ? await tx.attemptProblem.findFirst({ where: { attemptId, problem: { slug: input.problemSlug } }, select: { problemId: true } }) : null;
    if (input.problemSlug && !problem) throw new AppError('not_found', `This attempt has no problem "${input.problemSlug}".`);
    await tx.attemptSignal.create({
      data: { attemptId, problemId: problem?.problemId ?? null, kind: input.kind, at: attempt.now, ...(input.kind === 'paste' ? { chars: input.chars, lines: input.lines } : {}) },
    });
    return clock;
  });
}
