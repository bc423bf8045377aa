import type { LanguageName } from './languages';

/**
 * What the browser receives about a submission. Built on the server from the database rows; hidden
 * tests carry only name, verdict, time, weight and the grader's own message (no inputs, expected or
 * actual values, no console output).
 */
export const VERDICT_LABELS = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  compile_error: 'Compile error',
  output_limit_exceeded: 'Output limit exceeded',
  internal_error: 'Internal error',
} as const;

export type VerdictName = keyof typeof VERDICT_LABELS;

export function verdictLabel(verdict: VerdictName): string {
  return VERDICT_LABELS[verdict];
}

export type SubmissionKindName = 'run' | 'submit';

export const KIND_LABELS = { run: 'Run', submit: 'Submit' } as const satisfies Record<SubmissionKindName, string>;

/** A Submit's score as a percentage; null for a Run (it grades samples only) or before the verdict. */
export function submitScore(submission: { kind: SubmissionKindName; score: number | null }): string | null {
  return submission.kind === 'submit' && submission.score !== null ? `${Math.round(submission.score * 100)}%` : null;
}
export type SubmissionStatusName = 'queued' | 'running' | 'done';

/** Comparison details of one test. Values may contain the strings "NaN", "Infinity", "-Infinity". */
export interface TestDetailsView {
  expectedShape?: string;
  actualShape?: string;
  maxAbsError?: number | string;
  relError?: number | string;
  /** where the largest error is, e.g. "centroids[1][0]" */
  position?: string;
  /** sample tests only: the arguments, the reference's value and the candidate's value */
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  /** sample values shown cut short (their first 2,000 numbers), with the full value's shape */
  truncated?: Partial<Record<'input' | 'expected' | 'actual', string>>;
}

export interface TestResultView {
  ordinal: number;
  name: string;
  hidden: boolean;
  weight: number;
  verdict: VerdictName;
  timeMs: number;
  message: string | null;
  /** console output; sample tests only */
  output: string | null;
  details: TestDetailsView | null;
}

export interface SubmissionView {
  id: string;
  problemSlug: string;
  kind: SubmissionKindName;
  language: LanguageName;
  status: SubmissionStatusName;
  verdict: VerdictName | null;
  /** weighted share of tests passed, 0..1 */
  score: number | null;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
  gradingMs: number | null;
  /** tests finished so far and in all, while running */
  testsDone: number;
  testsTotal: number | null;
  tests: TestResultView[];
  /** an assessment that keeps Submit results from candidates: verdict, score and tests are left out */
  withheld: boolean;
}

/** One row of a problem's submission history (the code is fetched when a row is opened). */
export interface SubmissionSummaryView {
  id: string;
  kind: SubmissionKindName;
  language: LanguageName;
  status: SubmissionStatusName;
  verdict: VerdictName | null;
  score: number | null;
  createdAt: string;
}

/** A submission's code with its predecessor's, for the history's diff. */
export interface SubmissionCode {
  id: string;
  code: string;
  language: LanguageName;
  createdAt: string;
  /** the same user's submission on the same problem in the same language just before this one */
  previous: { id: string; code: string; createdAt: string } | null;
}
