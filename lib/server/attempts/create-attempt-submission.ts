import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { enqueueJob } from '../queue/enqueue-job';
import { fairPlacement } from '../queue/fair-queue';
import { requireCodeSize } from '../submissions/require-code-size';
import { BURST_TRANSACTION, requireSubmissionQuota } from '../submissions/require-submission-quota';
import { appendSnapshot } from './append-snapshot';
import { lockOpenAttempt } from './lock-open-attempt';
import type { AttemptClock, CreateAttemptSubmissionInput } from './schemas';

export type CreateAttemptSubmissionOptions = CreateAttemptSubmissionInput & { userId: string; attemptId: string };

/**
 * A Run or Submit during an attempt, if it is still open by the server's clock: graded against the
 * problem's pinned version, its code saved as the problem's last saved code and taken as a snapshot
 * (marked on the playback's timeline), its grading job enqueued, all in one transaction.
 */
export async function createAttemptSubmission(prisma: PrismaClient, { userId, attemptId, problemSlug, kind, code }: CreateAttemptSubmissionOptions): Promise<AttemptClock & { id: string }> {
  requireCodeSize(code);
  return prisma.$transaction(async (tx) => {
    const attempt = await lockOpenAttempt(tx, { attemptId, candidateId: userId });
    const item = await tx.attemptProblem.findFirst({ where: { attemptId, problem: { slug: problemSlug } }, select: { problemId: true, problemVersion: true } });
    if (!item) throw new AppError('not_found', `This attempt has no problem "${problemSlug}".`);
    const { pending } = await requireSubmissionQuota(tx, userId);
    const submission = await tx.submission.create({
      data: { userId, problemId: item.problemId, problemVersion: item.problemVersion, attemptId, kind, code, createdAt: attempt.now },
      select: { id: true },
    });
    await tx.attemptProblem.update({ where: { attemptId_problemId: { attemptId, problemId: item.problemId } }, data: { code, savedAt: attempt.now } });
    await appendSnapshot(tx, { userId, attemptId, problemId: item.problemId, code, takenAt: attempt.now, kind, submissionId: submission.id });
    await enqueueJob(tx, 'grade_submission', { submissionId: submission.id }, { jobKey: submission.id, ...(await fairPlacement(tx, { userId, pending })) });
    return { id: submission.id, serverNow: attempt.now.toISOString(), deadlineAt: attempt.deadlineAt.toISOString() };
  }, BURST_TRANSACTION);
}
