import type { PyType } from '../python/python-signature.ts';
import { pythonSandboxPool, sandboxPool } from '../sandbox/sandbox-pool.ts';
import type { JobEnd, JobListener } from '../sandbox/sandbox-process.ts';
import type { CpuPriority } from '../sandbox/sandbox-command.ts';
import type { LoadFailure, SandboxJob, SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';

export interface SandboxRunOptions {
  /** transpiled JavaScript, or Python source when `python` is set */
  code: string;
  /** the function the tests call (the Python name for Python) */
  entry: string;
  /** Python only: which numbers of each parameter arrive as int */
  python?: { paramTypes: PyType[] };
  memoryMb: number;
  tests: SandboxTest[];
  /** CPU time all tests together may use (deterministic: it does not depend on the machine's load) */
  cpuBudgetMs: number;
  /** called with the number of tests finished so far, each time one finishes */
  onTestResult?: (done: number) => void;
  /** default normal */
  cpuPriority?: CpuPriority;
}

/** Results per test index; a load failure means the candidate's top-level code never finished. */
export interface SandboxRunResult {
  outcomes: Map<number, TestOutcome>;
  loadFailure?: LoadFailure;
  /** CPU time the sandbox processes spent on this run (isolate jobs that ended normally) */
  sandboxCpuMs: number;
}

const TOP_LEVEL_MS = 1000;
const MAX_CHILD_RESTARTS = 2;
const MAX_TIMEOUTS = 2;
/**
 * Result caps: at least twice every expected output (problems:check holds packages to that; the largest
 * is 1,048,576 numbers) and far below what a worker can hold; reports keep only a preview of sample
 * values, so what is recorded stays small whatever the cap.
 */
export const MAX_RESULT_LEAVES = 2_500_000;
export const MAX_RESULT_CHARS = 1_000_000;
/** Tests the machine was too busy to finish are run again after these pauses, then given up. */
const OVERLOAD_RETRY_PAUSES_MS = [500, 2000];

/** Resident-memory ceiling of a sandbox child: its own baseline plus room for the isolate's overshoot. */
function rssLimitMb(memoryMb: number): number {
  return 300 + memoryMb * 3;
}

/** An isolate child silent this long (it sends a heartbeat every second) is stuck in native code and is killed. */
function stallMs(tests: readonly SandboxTest[]): number {
  return Math.max(10_000, 3 * Math.max(0, ...tests.map((t) => t.timeMs)));
}

/**
 * The Python sandbox enforces CPU time per test itself (and reports a test the machine was too busy for);
 * this outer wall clock only ends a sandbox that stopped answering, far beyond anything honest code needs,
 * and its unfinished tests are `overloaded`, never the candidate's verdict.
 */
function pythonSafetyWallMs(job: SandboxJob): number {
  return 30_000 + 10 * (job.topLevelMs + job.tests.reduce((s, t) => s + t.timeMs, 0));
}

const cpuOf = (outcomes: Map<number, TestOutcome>) => [...outcomes.values()].reduce((s, o) => s + (Number.isFinite(o.cpuMs) ? o.cpuMs : 0), 0);

/** One job in a pooled sandbox of the submission's language; the sandbox goes back to its pool. */
async function runJob(opts: SandboxRunOptions, job: Omit<SandboxJob, 'type' | 'jobId'>, listener: JobListener): Promise<JobEnd> {
  if (opts.python) {
    const pool = pythonSandboxPool(opts.cpuPriority);
    const sandbox = await pool.acquire();
    let end: JobEnd = { kind: 'died', runningIndex: null, detail: 'not started' };
    try {
      end = await sandbox.run({ ...job, paramTypes: opts.python.paramTypes }, { wallMs: pythonSafetyWallMs({ type: 'run', jobId: 0, ...job }) }, listener);
      return end;
    } finally {
      pool.release(sandbox, end.kind === 'done' && !end.recycle);
    }
  }
  const pool = sandboxPool(opts.cpuPriority);
  const child = await pool.acquire();
  let end: JobEnd = { kind: 'died', runningIndex: null, detail: 'not started' };
  try {
    end = await child.run(job, { stallMs: stallMs(job.tests), rssLimitMb: rssLimitMb(opts.memoryMb) }, listener);
    return end;
  } finally {
    pool.release(child, end.kind === 'done' && !end.recycle);
  }
}

/**
 * Runs the tests in pooled sandboxes. If a sandbox dies (memory blow-up, isolated-vm crash) the test in
 * flight is charged as memory_limit_exceeded and the rest continue in a new one, up to a small number of
 * restarts; a sandbox stuck in native code is killed and its test is charged as time_limit_exceeded.
 * Tests (or a top-level load) the machine was too busy to finish are run again after a pause; if they
 * still cannot finish they stay `overloaded`, which is never a candidate's verdict.
 */
export async function runInSandbox(opts: SandboxRunOptions): Promise<SandboxRunResult> {
  let result = await runOnce(opts, opts.tests, new Map());
  for (const pause of OVERLOAD_RETRY_PAUSES_MS) {
    const again = result.loadFailure?.status === 'overloaded' ? opts.tests : opts.tests.filter((t) => result.outcomes.get(t.index)?.status === 'overloaded');
    if (again.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, pause));
    const kept = new Map([...result.outcomes].filter(([, o]) => o.status !== 'overloaded'));
    const spent = result.sandboxCpuMs;
    result = await runOnce(opts, again, result.loadFailure ? new Map() : kept);
    result.sandboxCpuMs += spent;
  }
  return result;
}

async function runOnce(opts: SandboxRunOptions, tests: SandboxTest[], outcomes: Map<number, TestOutcome>): Promise<SandboxRunResult> {
  let remaining = tests;
  let loadFailure: LoadFailure | undefined;
  let sandboxCpuMs = 0;
  for (let attempt = 0; remaining.length > 0; attempt++) {
    if (attempt > MAX_CHILD_RESTARTS) {
      for (const t of remaining) outcomes.set(t.index, { status: 'memory', message: 'memory limit exceeded (the sandbox failed repeatedly)', cpuMs: 0, wallMs: 0 });
      break;
    }
    let started = -1;
    let startupError: string | null = null;
    const listener: JobListener = {
      onTestStart: (index) => {
        started = index;
      },
      onTestResult: (index, outcome) => {
        outcomes.set(index, outcome);
        opts.onTestResult?.(outcomes.size);
      },
      onLoadFailed: (failure) => {
        loadFailure = failure;
      },
    };
    const job = {
      code: opts.code,
      entry: opts.entry,
      memoryMb: opts.memoryMb,
      topLevelMs: TOP_LEVEL_MS,
      maxLeaves: MAX_RESULT_LEAVES,
      maxChars: MAX_RESULT_CHARS,
      maxTimeouts: MAX_TIMEOUTS - [...outcomes.values()].filter((o) => o.status === 'timeout').length,
      cpuBudgetMs: opts.cpuBudgetMs - cpuOf(outcomes),
      tests: remaining,
    };
    const end = await runJob(opts, job, listener).catch((error: unknown) => {
      startupError = String(error);
      return { kind: 'died' as const, runningIndex: null, detail: startupError };
    });
    if (startupError !== null) {
      loadFailure = { status: 'sandbox', message: 'the sandbox could not start', detail: startupError };
      break;
    }
    if (end.kind === 'done') sandboxCpuMs += end.cpuMs;
    if (loadFailure || end.kind === 'done') break;
    const running = end.runningIndex ?? (started >= 0 && !outcomes.has(started) ? started : null);
    if (running !== null) {
      const outcome: TestOutcome =
        end.kind === 'stalled' ? { status: 'timeout', message: 'time limit exceeded (the sandbox stopped responding)', cpuMs: 0, wallMs: 0 }
        : end.kind === 'memory-watchdog' ? { status: 'memory', message: 'memory limit exceeded (process memory)', cpuMs: 0, wallMs: 0 }
        : { status: 'memory', message: 'memory limit exceeded (the sandbox process died)', cpuMs: 0, wallMs: 0 };
      outcomes.set(running, outcome);
      opts.onTestResult?.(outcomes.size);
    } else if (started < 0) {
      // ended before any test began: the candidate's top-level code took it down
      loadFailure = end.kind === 'stalled' ? { status: 'timeout', message: 'top-level code: time limit exceeded' } : { status: 'memory', message: 'top-level code: memory limit exceeded' };
      break;
    }
    remaining = remaining.filter((t) => !outcomes.has(t.index));
  }
  return { outcomes, loadFailure, sandboxCpuMs };
}
