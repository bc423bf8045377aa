import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { enqueueJob } from '../queue/enqueue-job';
import { fairPlacement } from '../queue/fair-queue';
import { pythonAvailability } from '../runtime/python-availability';
import { LANGUAGE_NAMES } from '../../shared/languages';
import { MAX_CODE_BYTES, MAX_PENDING_PER_USER, SUBMISSIONS_PER_MINUTE } from './limits';

export const CreateSubmissionInput = z.object({
  problemSlug: z.string().min(1).max(100),
  kind: z.enum(['run', 'submit']),
  code: z.string(),
  language: z.enum(LANGUAGE_NAMES).default('typescript'),
});
export type CreateSubmissionInput = z.input<typeof CreateSubmissionInput>;
export type CreateSubmissionOptions = CreateSubmissionInput & { userId: string };

/**
 * Records a Run or Submit and enqueues its grading job in the same transaction, so a submission
 * never exists without its job, nor a job without its submission. The web process never grades.
 * The job goes into the fair queue (queue/fair-queue.ts): the user's own queue, ranked by the jobs
 * they already have waiting and the grading time they used recently.
 */
export async function createSubmission(prisma: PrismaClient, { userId, language = 'typescript', ...input }: CreateSubmissionOptions): Promise<{ id: string }> {
  const bytes = Buffer.byteLength(input.code, 'utf8');
  if (bytes > MAX_CODE_BYTES) {
    throw new AppError('payload_too_large', `Your code is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_CODE_BYTES / 1024} KB.`);
  }
  const problem = await prisma.problem.findUnique({ where: { slug: input.problemSlug }, select: { id: true, version: true, active: true, pythonEntry: true } });
  if (!problem?.active) throw new AppError('not_found', `There is no problem "${input.problemSlug}".`);
  if (language === 'python') {
    if (problem.pythonEntry === null) throw new AppError('bad_request', 'This problem has no Python version yet.');
    const python = pythonAvailability();
    if (!python.available) throw new AppError('unavailable', `Python is not available on this server (${python.reason}). ${python.hint}.`);
  }

  return prisma.$transaction(async (tx) => {
    // one user's submissions are counted and inserted one at a time, so a burst cannot slip past the limit
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}::text))`;
    const recent = await tx.submission.count({ where: { userId, createdAt: { gt: new Date(Date.now() - 60_000) } } });
    if (recent >= SUBMISSIONS_PER_MINUTE) {
      throw new AppError('too_many_requests', `You can run or submit ${SUBMISSIONS_PER_MINUTE} times a minute. Please wait a moment.`);
    }
    const pending = await tx.submission.count({ where: { userId, status: { not: 'done' } } });
    if (pending >= MAX_PENDING_PER_USER) {
      throw new AppError('too_many_requests', `You have ${pending} runs or submits waiting for their results. Please wait for them before sending more.`, undefined, 5);
    }
    const submission = await tx.submission.create({
      data: { userId, problemId: problem.id, problemVersion: problem.version, kind: input.kind, language, code: input.code },
      select: { id: true },
    });
    await enqueueJob(tx, 'grade_submission', { submissionId: submission.id }, { jobKey: submission.id, ...(await fairPlacement(tx, { userId, pending })) });
    return submission;
  }, BURST_TRANSACTION);
}

/**
 * A burst of one user's requests waits its turn at the lock above, each holding a pooled connection: on a
 * loaded machine Prisma's defaults (2 s to get a connection, 5 s per transaction) would fail the burst's
 * tail with a transaction error instead of the limit's clear answer.
 */
const BURST_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };
