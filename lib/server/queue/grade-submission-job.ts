import { GraderOverloadedError, type GradeReport, type GradeRequest, type ProblemPackage } from '../../../grader/index.ts';
import type { PrismaClient } from '../db/client';
import { notifySubmission } from '../submissions/notify-submission';
import { INTERNAL_ERROR_REASONS, recordVerdict } from '../submissions/record-verdict';
import type { JobInfo } from './task-list';
import type { TaskPayload } from './tasks';

export type GradingDeps = {
  prisma: PrismaClient;
  loadProblem: (slug: string) => Promise<ProblemPackage>;
  grade: (request: GradeRequest) => Promise<GradeReport>;
  /** low for users past their grading budget (the fair queue): their sandboxes yield the CPU to everyone else's */
  cpuPriorityFor?: (userId: string) => GradeRequest['cpuPriority'];
};

/**
 * The grading job. Safe to run more than once for the same submission (a retry after a worker died,
 * or two workers racing): the verdict and the per-test results are written in one transaction that
 * only succeeds while the submission is not yet done, so it ends with exactly one verdict.
 */
export async function gradeSubmissionJob(deps: GradingDeps, payload: TaskPayload<'grade_submission'>, job: JobInfo): Promise<void> {
  const { submissionId } = payload;
  const { prisma } = deps;
  const claimed = await prisma.submission.updateMany({ where: { id: submissionId, status: { not: 'done' } }, data: { status: 'running', startedAt: new Date() } });
  if (claimed.count === 0) return;
  await notifySubmission(prisma, submissionId);

  const submission = await prisma.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { code: true, kind: true, language: true, userId: true, problem: { select: { slug: true } } },
  });

  let report: GradeReport;
  let version: string | undefined;
  let reason: string | undefined;
  const progress = progressReporter(prisma, submissionId);
  try {
    const problem = await deps.loadProblem(submission.problem.slug);
    version = problem.version;
    report = await deps.grade({
      problem,
      code: submission.code,
      language: submission.language,
      mode: submission.kind === 'run' ? 'samples' : 'all',
      onProgress: ({ done, total }) => progress.report(done, total),
      cpuPriority: deps.cpuPriorityFor?.(submission.userId),
    });
    await progress.settled();
  } catch (error) {
    await progress.settled();
    // the grader's own fault (or a machine too busy to grade fairly): retried by the queue; on the last attempt it becomes the verdict
    if (job.attempts < job.maxAttempts) {
      await requeued(prisma, submissionId);
      throw error;
    }
    console.error(`grading ${submissionId} failed on its last attempt:`, error);
    report = { verdict: 'internal_error', score: 0, tests: [], timing: { totalMs: 0 } };
    reason = error instanceof GraderOverloadedError ? INTERNAL_ERROR_REASONS.overloaded : INTERNAL_ERROR_REASONS.graderFailed;
  }
  try {
    await recordVerdict(prisma, { submissionId, kind: submission.kind, report, version, reason });
  } catch (error) {
    if (job.attempts < job.maxAttempts) throw error;
    // the last attempt: a result that cannot be recorded still ends the submission, with exactly one verdict
    console.error(`recording the verdict of ${submissionId} failed on its last attempt:`, error);
    const failed: GradeReport = { verdict: 'internal_error', score: 0, tests: [], timing: report.timing };
    await recordVerdict(prisma, { submissionId, kind: submission.kind, report: failed, version, reason: INTERNAL_ERROR_REASONS.notRecorded });
  }
}

/**
 * Back to queued while the queue waits to retry: the candidate sees it waiting, and the wait costs them
 * nothing in the fair queue's budget (a job is charged from startedAt; it is not their fault).
 */
async function requeued(prisma: PrismaClient, submissionId: string): Promise<void> {
  await prisma.submission
    .updateMany({ where: { id: submissionId, status: 'running' }, data: { status: 'queued', startedAt: null, testsDone: 0, testsTotal: null } })
    .then(() => notifySubmission(prisma, submissionId))
    .catch((error: unknown) => console.error(`putting ${submissionId} back in the queue:`, error));
}

const PROGRESS_EVERY_MS = 150;

/**
 * Writes "n of m tests done" while grading, at most every PROGRESS_EVERY_MS, one write at a time and
 * only while the submission is running (a late write can never touch a finished one). Progress is a
 * nicety: a failed write is logged, never fatal.
 */
function progressReporter(prisma: PrismaClient, submissionId: string) {
  let chain: Promise<void> = Promise.resolve();
  let lastWrite = -Infinity;
  let pending: { done: number; total: number } | null = null;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    chain = chain.then(write).catch((error: unknown) => console.error(`progress of ${submissionId}:`, error));
  };
  const write = async () => {
    const next = pending;
    pending = null;
    if (!next) return;
    lastWrite = performance.now();
    await prisma.submission.updateMany({ where: { id: submissionId, status: 'running' }, data: { testsDone: next.done, testsTotal: next.total } });
    await notifySubmission(prisma, submissionId);
  };
  return {
    report(done: number, total: number) {
      // the last test's progress is never written: the verdict follows at once
      pending = done < total || total === 0 ? { done, total } : null;
      clearTimeout(trailing);
      if (!pending) return;
      const wait = lastWrite + PROGRESS_EVERY_MS - performance.now();
      if (wait <= 0) schedule();
      else trailing = setTimeout(schedule, wait);
    },
    settled: () => {
      clearTimeout(trailing);
      return chain;
    },
  };
}
