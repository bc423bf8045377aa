/**
 * Messages between the grading process and the sandbox child (Node IPC with `serialization:
 * 'advanced'`, i.e. structured clone). Test data travels encoded (plain-codec.ts): one Float64Array of
 * numbers (copied as a block, NaN, ±Infinity and -0 intact) and a small JSON skeleton.
 */
import type { EncodedPlain } from './plain-codec.ts';

export interface SandboxTest {
  index: number;
  args: EncodedPlain;
  /** per-test CPU time limit of the candidate's call */
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
  /** CPU time limit of the submission's top-level code */
  topLevelMs: number;
  maxLeaves: number;
  maxChars: number;
  /** after this many timed-out tests the rest are reported `not_run` (an infinite loop costs little) */
  maxTimeouts: number;
  /** CPU time all tests of the job may use together; the tests after it is spent are `not_run` */
  cpuBudgetMs: number;
  tests: SandboxTest[];
}

export type FailureStatus =
  | 'threw' // the candidate threw (its text, if any, is in `thrown`)
  | 'timeout' // CPU time over the limit, or asleep/blocked past the wall-clock cap
  | 'memory' // isolate memory limit, an allocation the heap could not take, or the child dying
  | 'output' // result or console over the cap
  | 'plain' // result is not plain data (Proxy, getter, function, cycle, …)
  | 'mutated' // inputs replaced by non-plain data
  | 'missing' // entry not exported
  | 'not_run' // skipped after earlier tests timed out or the submission's CPU budget was spent
  | 'overloaded' // the machine was too busy to finish the test in a sane wall-clock time: not the candidate's fault
  | 'sandbox'; // the sandbox itself failed (internal error)

/**
 * `message` is always grader-written and safe on a hidden test. Text the candidate controls (an
 * exception's message, console output) travels separately and is shown on sample tests only.
 */
export type TestOutcome =
  | {
      status: 'ok';
      result: EncodedPlain;
      /** index of the first argument whose value changed during the call (microtasks included), or null */
      mutatedArg: number | null;
      console: string;
      consoleWritten: number;
      /** CPU time of the candidate's call alone (decoding the inputs and reading the result excluded) */
      cpuMs: number;
      wallMs: number;
    }
  | {
      status: FailureStatus;
      message: string;
      /** the candidate's own words (an exception's text, a compiler's message), shown on sample tests only */
      detail?: string;
      console?: string;
      consoleWritten?: number;
      cpuMs: number;
      wallMs: number;
    };

/** Top-level evaluation of the submission failed: no test ran. */
export interface LoadFailure {
  status: 'threw' | 'timeout' | 'memory' | 'compile' | 'overloaded' | 'sandbox';
  /** grader-written */
  message: string;
  /** the compiler's or the candidate's own text (a compile error, a top-level exception): samples only */
  detail?: string;
  /** where a compile error is (1-based) */
  line?: number;
  column?: number;
}

/** The child's heartbeat while a job runs; the parent kills a child silent for much longer. */
export const HEARTBEAT_MS = 1000;

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'heartbeat'; jobId: number }
  | { type: 'test-start'; jobId: number; index: number }
  | { type: 'test-result'; jobId: number; index: number; outcome: TestOutcome }
  | { type: 'load-failed'; jobId: number; failure: LoadFailure }
  /** `cpuMs`: this process's CPU time for the whole job (isolates, harness, encoding), for the overhead figures */
  | { type: 'done'; jobId: number; recycle: boolean; cpuMs: number };
