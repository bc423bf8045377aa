/**
 * Messages between the grading process and the sandbox child (Node IPC with `serialization:
 * 'advanced'`, i.e. structured clone, so NaN, ±Infinity and -0 survive without encoding).
 */

export interface SandboxTest {
  index: number;
  args: unknown[];
  /** per-test time limit, enforced inside the child by isolated-vm */
  timeMs: number;
  /** Math.random seed for this test */
  seed: number;
}

export interface SandboxJob {
  type: 'run';
  jobId: number;
  /** transpiled JavaScript (an IIFE assigning `__candidate`) */
  code: string;
  entry: string;
  memoryMb: number;
  topLevelMs: number;
  maxLeaves: number;
  maxChars: number;
  /** after this many timed-out tests the rest are reported `not_run` (an infinite loop costs little) */
  maxTimeouts: number;
  tests: SandboxTest[];
}

export type FailureStatus =
  | 'threw' // the candidate threw
  | 'timeout' // per-test (or top-level) CPU time limit
  | 'memory' // isolate memory limit, allocation failure or the child dying
  | 'output' // result or console over the cap
  | 'plain' // result is not plain data (Proxy, getter, function, cycle, …)
  | 'mutated' // inputs replaced by non-plain data
  | 'missing' // entry not exported
  | 'not_run' // skipped after the submission ran out of wall-clock time or child restarts
  | 'sandbox'; // the sandbox itself failed (internal error)

export type TestOutcome =
  | {
      status: 'ok';
      result: unknown;
      argsAfter: unknown[];
      console: string;
      consoleWritten: number;
      cpuMs: number;
      wallMs: number;
    }
  | {
      status: FailureStatus;
      /** the grader's explanation; shown on hidden tests too, so it never carries candidate text */
      message: string;
      /** a fuller explanation in the candidate's own terms (exception text), shown on sample tests only */
      detail?: string;
      console?: string;
      consoleWritten?: number;
      cpuMs: number;
      wallMs: number;
    };

/** Top-level evaluation of the submission failed: no test ran. */
export interface LoadFailure {
  status: 'threw' | 'timeout' | 'memory' | 'compile' | 'sandbox';
  message: string;
  /** where a compile error is (1-based) */
  line?: number;
  column?: number;
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'test-start'; jobId: number; index: number }
  | { type: 'test-result'; jobId: number; index: number; outcome: TestOutcome }
  | { type: 'load-failed'; jobId: number; failure: LoadFailure }
  | { type: 'done'; jobId: number; recycle: boolean };
