import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { enqueueJob } from '../queue/enqueue-job';
import { fairPlacement } from '../queue/fair-queue';
import { pythonAvailability } from '../runtime/python-availability';
import { LANGUAGE_NAMES } from '../../shared/languages';
import { requireCodeSize } from './require-code-size';
import { BURST_TRANSACTION, requireSubmissionQuota } from './require-submission-quota';

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
  requireCodeSize(input.code);
  const problem = await prisma.problem.findUnique({ where: { slug: input.problemSlug }, select: { id: true, version: true, active: true, pythonEntry: true } });
  if (!problem?.active) throw new AppError('not_found', `There is no problem "${input.problemSlug}".`);
  if (language === 'python') {
    if (problem.pythonEntry === null) throw new AppError('bad_request', 'This problem has no Python version yet.');
    const python = pythonAvailability();
    if (!python.available) throw new AppError('unavailable', `Python is not available on this server (${python.reason}). ${python.hint}.`);
  }

  return prisma.$transaction(async (tx) => {
    const { pending } = await requireSubmissionQuota(tx, userId);
    const submission = await tx.submission.create({
      data: { userId, problemId: problem.id, problemVersion: problem.version, kind: input.kind, language, code: input.code },
      select: { id: true },
    });
    await enqueueJob(tx, 'grade_submission', { submissionId: submission.id }, { jobKey: submission.id, ...(await fairPlacement(tx, { userId, pending })) });
    return submission;
  }, BURST_TRANSACTION);
}

