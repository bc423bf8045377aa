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
  /** samples only */
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
}

export interface TestReport {
  name: string;
  hidden: boolean;
  verdict: Verdict;
  /** CPU time of the candidate's call, ms */
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
  timing: { totalMs: number };
}
