import type { MismatchDetails } from '../compare/compare-values.ts';
import type { Language } from '../languages.ts';
import type { ProblemPackage } from '../problems/load-problem.ts';
import type { Verdict } from '../verdicts.ts';
import type { CpuPriority } from '../sandbox/sandbox-command.ts';

export type GradeMode = 'samples' | 'all';

export interface GradeRequest {
  problem: ProblemPackage;
  /** the candidate's source */
  code: string;
  /** default TypeScript */
  language?: Language;
  mode: GradeMode;
  /** called with 0 of n before the tests run, then as each finishes (a live progress bar); must not throw */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** the sandbox's CPU scheduling priority (sandbox-command.ts): the same verdict, yielding the CPU when low; default normal */
  cpuPriority?: CpuPriority;
}

export interface TestDetails extends MismatchDetails {
  /** samples only, each cut to its first SAMPLE_PREVIEW_LEAVES leaves (grader/grade/sample-preview.ts) */
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  /** samples only: the values shown cut short, with their full shape ("actual": "length 2000000") */
  truncated?: Partial<Record<'input' | 'expected' | 'actual', string>>;
}

export interface TestReport {
  name: string;
  hidden: boolean;
  verdict: Verdict;
  /** CPU time of the candidate's call, ms (to 0.01 ms on samples, rounded to 10 ms on hidden tests) */
  timeMs: number;
  weight: number;
  /** a grader-written explanation; for hidden tests it never contains candidate text or test data */
  message?: string;
  /** captured console output (samples only) */
  output?: string;
  details?: TestDetails;
}

export interface GradeReport {
  verdict: Verdict;
  /** weighted share of tests passed, 0..1 */
  score: number;
  tests: TestReport[];
  compileError?: { message: string; line?: number; column?: number };
  /**
   * Server-side figures, not for candidates as they are: totalMs is the whole grading, wall clock (store
   * it rounded to 10 ms where a candidate can read it: it sums hidden tests' times); candidateMs the
   * candidate's CPU time over all tests, unrounded; cpuMs the CPU time grading took in this process and
   * the sandbox processes together (the overhead measure that does not depend on the machine's load).
   */
  timing: { totalMs: number; candidateMs?: number; cpuMs?: number };
}
