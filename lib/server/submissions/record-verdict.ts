import type { GradeReport } from '../../../grader/index.ts';
import type { PrismaClient } from '../db/client';
import { notifySubmission } from './notify-submission';

/** What an internal_error tells the candidate: never their fault, and what to do. */
export const INTERNAL_ERROR_REASONS = {
  graderFailed: 'The grader failed; this is not your fault. Please try again.',
  overloaded: 'The grading machine was too busy to grade this fairly; this is not your fault. Please submit again in a moment.',
  notRecorded: 'The result could not be recorded; this is not your fault. Please try again.',
  jobLost: 'Grading of this submission was lost; this is not your fault. Please submit again.',
} as const;

export interface RecordVerdictInput {
  submissionId: string;
  kind: 'run' | 'submit';
  report: GradeReport;
  version?: string;
  /** for internal_error: why, in the candidate's words */
  reason?: string;
}

/** Time a verdict transaction may take; reports are bounded (previews of sample values), so this is ample. */
const RECORD_TIMEOUT_MS = 15_000;

/**
 * Writes the verdict and the per-test results in one transaction that only succeeds while the submission
 * is not yet done, so a submission ends with exactly one verdict however many times this runs. The
 * grading time is stored to 10 ms on a Submit: it sums the hidden tests' times.
 */
export async function recordVerdict(prisma: PrismaClient, input: RecordVerdictInput): Promise<void> {
  const { submissionId, report } = input;
  const gradingMs = input.kind === 'submit' ? Math.round(report.timing.totalMs / 10) * 10 : Math.round(report.timing.totalMs);
  await prisma.$transaction(
    async (tx) => {
      const finished = await tx.submission.updateMany({
        where: { id: submissionId, status: { not: 'done' } },
        data: {
          status: 'done',
          verdict: report.verdict,
          score: report.score,
          message: report.compileError ? formatCompileError(report.compileError) : report.verdict === 'internal_error' ? (input.reason ?? INTERNAL_ERROR_REASONS.graderFailed) : null,
          finishedAt: new Date(),
          gradingMs,
          ...(input.version ? { problemVersion: input.version } : {}),
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
      await notifySubmission(tx, submissionId);
    },
    { timeout: RECORD_TIMEOUT_MS },
  );
}

function formatCompileError(error: NonNullable<GradeReport['compileError']>): string {
  if (!error.line) return error.message;
  // the grader's message may already start with "line:column: "; say it once, in words
  const text = error.message.replace(new RegExp(`^${error.line}:${error.column ?? '\\d+'}: `), '');
  return `Line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${text}`;
}

/** JSON (and so jsonb) cannot hold ±Infinity or NaN; they are stored as the strings the CLIs use. */
function encodeNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return value;
}
