import type { PyType } from '../python/python-signature.ts';
import { pythonSandboxPool, sandboxPool } from '../sandbox/sandbox-pool.ts';
import type { JobEnd, JobListener } from '../sandbox/sandbox-process.ts';
import type { CpuPriority } from '../sandbox/sandbox-command.ts';
import type { LoadFailure, SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';

export interface SandboxRunOptions {
  /** transpiled JavaScript, or Python source when `python` is set */
  code: string;
  /** the function the tests call (the Python name for Python) */
  entry: string;
  /** Python only: which numbers of each parameter arrive as int */
  python?: { paramTypes: PyType[] };
  memoryMb: number;
  tests: SandboxTest[];
  /** wall-clock budget for the whole submission, enforced by killing the child */
  wallMs: number;
  /** called with the number of tests finished so far, each time one finishes */
  onTestResult?: (done: number) => void;
  /** default normal */
  cpuPriority?: CpuPriority;
}

/** Results per test index; a load failure means the candidate's top-level code never finished. */
export interface SandboxRunResult {
  outcomes: Map<number, TestOutcome>;
  loadFailure?: LoadFailure;
}

const TOP_LEVEL_MS = 1000;
const MAX_CHILD_RESTARTS = 2;
const MAX_TIMEOUTS = 2;
const MAX_RESULT_LEAVES = 4_000_000;
const MAX_RESULT_CHARS = 1_000_000;

/** Resident-memory ceiling of a sandbox child: its own baseline plus room for the isolate's overshoot. */
function rssLimitMb(memoryMb: number): number {
  return 300 + memoryMb * 3;
}

/** One attempt in a pooled sandbox of the submission's language; the sandbox goes back to its pool. */
async function runOnce(opts: SandboxRunOptions, tests: SandboxTest[], wallMs: number, listener: JobListener): Promise<JobEnd> {
  const job = {
    code: opts.code,
    entry: opts.entry,
    memoryMb: opts.memoryMb,
    topLevelMs: TOP_LEVEL_MS,
    maxLeaves: MAX_RESULT_LEAVES,
    maxChars: MAX_RESULT_CHARS,
    maxTimeouts: MAX_TIMEOUTS,
    tests,
  };
  if (opts.python) {
    const pool = pythonSandboxPool(opts.cpuPriority);
    const sandbox = await pool.acquire();
    let end: JobEnd = { kind: 'died', runningIndex: null, detail: 'not started' };
    try {
      end = await sandbox.run({ ...job, paramTypes: opts.python.paramTypes }, { wallMs }, listener);
      return end;
    } finally {
      pool.release(sandbox, end.kind === 'done' && !end.recycle);
    }
  }
  const pool = sandboxPool(opts.cpuPriority);
  const child = await pool.acquire();
  let end: JobEnd = { kind: 'died', runningIndex: null, detail: 'not started' };
  try {
    end = await child.run(job, { wallMs, rssLimitMb: rssLimitMb(opts.memoryMb) }, listener);
    return end;
  } finally {
    pool.release(child, end.kind === 'done' && !end.recycle);
  }
}

/**
 * Runs the tests in a pooled child. If the child dies (memory blow-up, isolated-vm crash) the test
 * in flight is charged as memory_limit_exceeded and the rest continue in a new child, up to a
 * small number of restarts; when the wall-clock budget runs out the child is killed and the rest
 * are reported as not run.
 */
export async function runInSandbox(opts: SandboxRunOptions): Promise<SandboxRunResult> {
  const outcomes = new Map<number, TestOutcome>();
  const deadline = performance.now() + opts.wallMs;
  let remaining = opts.tests;
  let loadFailure: LoadFailure | undefined;
  for (let attempt = 0; remaining.length > 0; attempt++) {
    const left = deadline - performance.now();
    if (attempt > MAX_CHILD_RESTARTS || left <= 0) {
      const message = left <= 0 ? 'not run: the submission ran out of time' : 'not run: the sandbox failed repeatedly';
      for (const t of remaining) outcomes.set(t.index, { status: left <= 0 ? 'not_run' : 'memory', message, cpuMs: 0, wallMs: 0 });
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
    const end = await runOnce(opts, remaining, Math.max(1, left), listener).catch((error: unknown) => {
      startupError = String(error);
      return { kind: 'died' as const, runningIndex: null, detail: startupError };
    });
    if (startupError !== null) {
      loadFailure = { status: 'sandbox', message: `the sandbox could not start: ${startupError}` };
      break;
    }
    if (loadFailure || end.kind === 'done') break;
    const running = end.runningIndex ?? (started >= 0 && !outcomes.has(started) ? started : null);
    if (end.kind === 'wall-timeout') {
      for (const t of remaining) {
        if (outcomes.has(t.index)) continue;
        const status = t.index === running ? 'timeout' : 'not_run';
        const message = t.index === running ? 'time limit exceeded (wall clock)' : 'not run: the submission ran out of time';
        outcomes.set(t.index, { status, message, cpuMs: 0, wallMs: 0 });
      }
      break;
    }
    if (running !== null) {
      const message = end.kind === 'memory-watchdog' ? 'memory limit exceeded (process memory)' : 'memory limit exceeded (the sandbox process died)';
      outcomes.set(running, { status: 'memory', message, cpuMs: 0, wallMs: 0 });
    } else if (end.kind === 'died' && started < 0) {
      // died before any test began: the candidate's top-level code took it down
      loadFailure = { status: 'memory', message: 'the sandbox process died while loading the submission' };
      break;
    }
    remaining = remaining.filter((t) => !outcomes.has(t.index));
  }
  return { outcomes, loadFailure };
}
