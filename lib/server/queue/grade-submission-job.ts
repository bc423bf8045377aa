import type { GradeReport, GradeRequest, ProblemPackage } from '../../../grader/index.ts';
import type { PrismaClient } from '../db/client';
import { SUBMISSION_CHANNEL } from '../submissions/limits';
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
  await notify(prisma, submissionId);

  const submission = await prisma.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { code: true, kind: true, userId: true, problem: { select: { slug: true } } },
  });

  let report: GradeReport;
  let version: string | undefined;
  const progress = progressReporter(prisma, submissionId);
  try {
    const problem = await deps.loadProblem(submission.problem.slug);
    version = problem.version;
    report = await deps.grade({
      problem,
      code: submission.code,
      mode: submission.kind === 'run' ? 'samples' : 'all',
      onProgress: ({ done, total }) => progress.report(done, total),
      cpuPriority: deps.cpuPriorityFor?.(submission.userId),
    });
    await progress.settled();
  } catch (error) {
    await progress.settled();
    // the grader's own fault: retried by the queue; on the last attempt it becomes the verdict
    if (job.attempts < job.maxAttempts) throw error;
    console.error(`grading ${submissionId} failed on its last attempt:`, error);
    report = { verdict: 'internal_error', score: 0, tests: [], timing: { totalMs: 0 } };
  }
  await recordVerdict(prisma, submissionId, report, version);
}

async function recordVerdict(prisma: PrismaClient, submissionId: string, report: GradeReport, version: string | undefined): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const finished = await tx.submission.updateMany({
      where: { id: submissionId, status: { not: 'done' } },
      data: {
        status: 'done',
        verdict: report.verdict,
        score: report.score,
        message: report.compileError ? formatCompileError(report.compileError) : report.verdict === 'internal_error' ? 'The grader failed; this is not your fault. Please try again.' : null,
        finishedAt: new Date(),
        gradingMs: Math.round(report.timing.totalMs),
        ...(version ? { problemVersion: version } : {}),
      },
    });
    if (finished.count === 0) return;
    await tx.testResult.createMany({
      data: report.tests.map((test, ordinal) => ({
        submissionId,
        ordinal,
        name: test.name,
        hidden: test.hidden,
        weight: test.weight,
        verdict: test.verdict,
        timeMs: test.timeMs,
        message: test.message ?? null,
        output: test.hidden ? null : (test.output ?? null),
        details: test.details ? JSON.parse(JSON.stringify(test.details, encodeNonFinite)) : undefined,
      })),
    });
    // delivered when the transaction commits: a verdict is never written without its notice
    await notify(tx, submissionId);
  });
}

function formatCompileError(error: NonNullable<GradeReport['compileError']>): string {
  return error.line ? `Line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.message}` : error.message;
}

/** JSON (and so jsonb) cannot hold ±Infinity or NaN; they are stored as the strings the CLIs use. */
function encodeNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return value;
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
    await notify(prisma, submissionId);
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

async function notify(prisma: Pick<PrismaClient, '$executeRaw'>, submissionId: string): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${SUBMISSION_CHANNEL}::text, ${submissionId}::text)`;
}
