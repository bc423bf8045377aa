import { z } from 'zod';
import type { JobEnd, JobListener } from '../sandbox/sandbox-process.ts';
import { CodecError, decodePlain } from '../sandbox/plain-codec.ts';
import type { FailureStatus, LoadFailure, SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';
import { encodePythonArgs } from './python-args.ts';
import type { PyType } from './python-signature.ts';
import { ZygoteProcess, type ExchangeEnd } from './zygote-process.ts';
import type { CpuPriority } from '../sandbox/sandbox-command.ts';

export interface PythonJob {
  code: string;
  /** the Python function name */
  entry: string;
  /** per parameter, which numbers arrive as int */
  paramTypes: PyType[];
  memoryMb: number;
  topLevelMs: number;
  maxLeaves: number;
  maxChars: number;
  maxTimeouts: number;
  /** CPU time the tests together may use; the tests after it is spent are not run (as in the isolate) */
  cpuBudgetMs: number;
  tests: SandboxTest[];
}

/** Every reply is the runner's word, so it is parsed as hostile input. */
const LoadReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    status: z.enum(['compile', 'threw', 'memory', 'sandbox']),
    message: z.string().max(4000),
    line: z.number().int().positive().nullish(),
    column: z.number().int().nonnegative().nullish(),
  }),
]);
const Console = { console: z.string().max(20_000), consoleWritten: z.number().nonnegative(), callMs: z.number().nonnegative() };
const TestReply = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), result: z.string(), mutated: z.array(z.number().int().nonnegative()).max(64), ...Console }),
  z.object({ status: z.enum(['threw', 'memory', 'output', 'plain', 'mutated', 'missing']), message: z.string().max(4000), ...Console }),
]);

/** What a hidden test may say about each failure: fixed text only, the runner's own words go to `detail`. */
const FIXED_MESSAGES: Record<Exclude<FailureStatus, 'not_run' | 'overloaded'>, string> = {
  threw: 'the function raised an exception',
  timeout: 'time limit exceeded',
  memory: 'memory limit exceeded',
  output: 'the result or the console output is too large',
  plain: 'returned a value that is not plain data',
  mutated: 'the inputs were replaced by data that is not plain',
  missing: 'the submission does not define the function',
  sandbox: 'the Python sandbox failed',
};

const CONTROL_REPLY_BYTES = 64 * 1024;
const BUDGET_SPENT = 'the submission used up its total time';

function message(header: object, numbers?: Float64Array): Buffer {
  const head = Buffer.from(JSON.stringify(header));
  const sizes = Buffer.alloc(8);
  sizes.writeUInt32LE(head.length, 0);
  const blob = numbers ? Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength) : Buffer.alloc(0);
  sizes.writeUInt32LE(blob.length, 4);
  return Buffer.concat([sizes, head, blob]);
}

function parseReply(body: Buffer): { header: unknown; blob: Buffer } {
  if (body.length < 8) throw new CodecError('short reply');
  const headerLength = body.readUInt32LE(0);
  const blobLength = body.readUInt32LE(4);
  if (8 + headerLength + blobLength !== body.length) throw new CodecError('reply sizes do not add up');
  return { header: JSON.parse(body.subarray(8, 8 + headerLength).toString('utf8')), blob: body.subarray(8 + headerLength) };
}

function float64s(bytes: Buffer): Float64Array {
  if (bytes.length % 8 !== 0) throw new CodecError('numbers are not whole float64s');
  const out = new Float64Array(bytes.length / 8);
  Buffer.from(out.buffer).set(bytes); // copy: a Buffer slice need not be 8-byte aligned
  return out;
}

/** How a runner that stopped answering is charged, from the zygote's measurements only. */
type FailedOutcome = Exclude<TestOutcome, { status: 'ok' }>;

function stoppedOutcome(end: Exclude<ExchangeEnd, { kind: 'reply' }>): FailedOutcome {
  const measured = { cpuMs: end.cpuMs, wallMs: end.wallMs };
  if (end.kind === 'oversize') return { status: 'output', message: 'the result is too large', ...measured };
  if (end.kind === 'timeout') {
    // never the candidate's fault: re-run, then re-queued (grader/grade/sandbox-run.ts)
    if (end.reason === 'wall') return { status: 'overloaded', message: 'the grading machine was too busy to finish this test', ...measured };
    const message = end.reason === 'blocked' ? 'time limit exceeded (the function slept or blocked)' : 'time limit exceeded';
    return { status: 'timeout', message, ...measured };
  }
  if (end.signal === 'SIGXCPU') return { status: 'timeout', message: 'time limit exceeded', ...measured };
  // a SIGKILL the zygote did not send comes from the kernel running out of memory
  if (end.signal === 'SIGKILL') return { status: 'memory', message: 'memory limit exceeded (the process was killed)', ...measured };
  const how = end.killed ? 'stopped answering' : end.signal ? `crashed (${end.signal})` : `exited (code ${end.exitCode ?? '?'})`;
  return { status: 'threw', message: FIXED_MESSAGES.threw, detail: `the process ${how}`, ...measured };
}

function replyOutcome(end: Extract<ExchangeEnd, { kind: 'reply' }>): TestOutcome {
  const measured = { cpuMs: end.cpuMs, wallMs: end.wallMs };
  let parsed: z.infer<typeof TestReply>;
  let blob: Buffer;
  try {
    const reply = parseReply(end.body);
    parsed = TestReply.parse(reply.header);
    blob = reply.blob;
  } catch {
    return { status: 'plain', message: 'returned a value that could not be decoded', ...measured };
  }
  // the time shown is the call's own (the runner's clock), never more than the zygote measured
  const cpuMs = Math.min(parsed.callMs, end.cpuMs);
  const common = { console: parsed.console, consoleWritten: parsed.consoleWritten, cpuMs, wallMs: end.wallMs };
  if (parsed.status !== 'ok') {
    return { status: parsed.status, message: FIXED_MESSAGES[parsed.status], detail: parsed.message, ...common };
  }
  try {
    // decoded (and so validated) where it is judged; the runner compares the inputs with a pristine copy itself
    const mutatedArg = parsed.mutated.length > 0 ? Math.min(...parsed.mutated) : null;
    return { status: 'ok', result: { skeleton: parsed.result, numbers: float64s(blob) }, mutatedArg, ...common };
  } catch {
    return { status: 'plain', message: 'returned a value that could not be decoded', ...common };
  }
}

/** Wire size a runner may reply with: the numbers cap, plus the result's structure (strings and keys) and console. */
function maxReplyBytes(job: PythonJob): number {
  return job.maxLeaves * 8 * 2 + job.maxChars * 12 + 1024 * 1024;
}

/**
 * One warm Python sandbox, with the same job contract as the isolate's child process: tests run one
 * by one in a runner forked from the zygote; after a runner is stopped (time limit, crash) the next
 * test gets a fresh one, which runs the top-level code again.
 */
export class PythonSandbox {
  readonly zygote: ZygoteProcess;
  jobsRun = 0;

  constructor(priority: CpuPriority = 'normal') {
    this.zygote = new ZygoteProcess(priority);
  }

  get alive(): boolean {
    return this.zygote.alive;
  }

  kill(): void {
    this.zygote.kill();
  }

  setIdle(idle: boolean): void {
    this.zygote.setIdle(idle);
  }

  /**
   * Runs the job. The zygote ends every test at its CPU limit, or as `overloaded` past its own wall clock;
   * `wallMs` only guards against a sandbox that stops answering altogether: the sandbox is killed and the
   * tests without an outcome are `overloaded` (run again later, never the candidate's verdict).
   */
  async run(job: PythonJob, opts: { wallMs: number }, listener: JobListener): Promise<JobEnd> {
    await this.zygote.ready;
    this.jobsRun++;
    let running: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const reported = new Set<number>();
    // once the wall clock has run out, what the (killed) sandbox still says is ignored
    const guarded: JobListener = {
      onTestStart: (index) => {
        if (!stopped) listener.onTestStart(index);
      },
      onTestResult: (index, outcome) => {
        if (stopped) return;
        reported.add(index);
        listener.onTestResult(index, outcome);
      },
      onLoadFailed: (failure) => {
        if (!stopped) listener.onLoadFailed(failure);
      },
    };
    const wall = new Promise<JobEnd>((resolve) => {
      timer = setTimeout(() => {
        stopped = true;
        this.kill();
        for (const t of job.tests.filter((t) => !reported.has(t.index))) {
          listener.onTestResult(t.index, { status: 'overloaded', message: 'the grading machine was too busy to finish this test', cpuMs: 0, wallMs: opts.wallMs });
        }
        resolve({ kind: 'done', recycle: true, cpuMs: 0 });
      }, opts.wallMs);
    });
    const work = this.runTests(job, guarded, (index) => {
      running = index;
    }).catch((error: unknown): JobEnd => ({ kind: 'died', runningIndex: running, detail: String(error) }));
    try {
      return await Promise.race([work, wall]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Batches of "fresh runner, load, tests": one batch when nothing goes wrong; after a test that stops the
   * runner (time limit, crash), the tests after it go in a new batch with a new runner. As in the isolate,
   * no test starts after two timeouts or once the tests have used the submission's CPU budget.
   */
  private async runTests(job: PythonJob, listener: JobListener, setRunning: (index: number | null) => void): Promise<JobEnd> {
    // the runner's RLIMIT_CPU, a backstop far above what the zygote lets it use (user and kernel time together
    // may reach 3x each limit: KERNEL_SLACK in sandbox/zygote.py), so that the zygote, not the kernel, stops it
    const cpuCapMs = 3 * (job.topLevelMs + job.tests.reduce((s, t) => s + t.timeMs, 0)) + 2000;
    const load = message({ code: job.code, entry: job.entry, maxLeaves: job.maxLeaves, maxChars: job.maxChars });
    let remaining = job.tests;
    let timeouts = 0;
    let testsCpuMs = 0;
    let runnerCpuMs = 0;
    const notRun = (why: string) => {
      for (const t of remaining) listener.onTestResult(t.index, { status: 'not_run', message: `not run: ${why}`, cpuMs: 0, wallMs: 0 });
    };
    while (remaining.length > 0) {
      if (timeouts >= job.maxTimeouts) {
        notRun('earlier tests exceeded the time limit');
        break;
      }
      if (testsCpuMs >= job.cpuBudgetMs) {
        notRun(BUDGET_SPENT);
        break;
      }
      const batch = remaining;
      const items = [
        { payload: load, cpuMs: job.topLevelMs, maxReply: CONTROL_REPLY_BYTES, counted: false },
        ...batch.map((test) => {
          const args = encodePythonArgs(decodePlain(test.args) as unknown[], job.paramTypes);
          return { payload: message({ seed: test.seed, args: args.skeleton }, args.numbers), cpuMs: test.timeMs, maxReply: maxReplyBytes(job), counted: true };
        }),
      ];
      let loadFailure: LoadFailure | null = null;
      let finished = 0;
      const { skipped, budget } = await this.zygote.batch({ memoryMb: job.memoryMb, cpuCapMs }, job.cpuBudgetMs - testsCpuMs, items, (i, end) => {
        runnerCpuMs += end.cpuMs;
        if (i === 0) {
          loadFailure = loadOutcome(end);
        } else if (loadFailure === null) {
          // (after a failed load the runner has exited: what the zygote says of the tests is not theirs)
          const test = batch[i - 1]!;
          const outcome = end.kind === 'reply' ? replyOutcome(end) : stoppedOutcome(end);
          if (outcome.status === 'timeout') timeouts++;
          testsCpuMs += end.cpuMs;
          finished = i;
          listener.onTestResult(test.index, outcome);
        }
        const next = batch[i];
        setRunning(next ? next.index : null);
        if (next && loadFailure === null) listener.onTestStart(next.index);
      });
      if (loadFailure) {
        listener.onLoadFailed(loadFailure);
        break;
      }
      if (skipped === 0) break;
      remaining = batch.slice(finished);
      if (budget) {
        notRun(BUDGET_SPENT);
        break;
      }
    }
    // the zygote ends each runner at the end of its batch
    return { kind: 'done', recycle: false, cpuMs: runnerCpuMs };
  }
}

/** The reply to the load message: null when the top-level code ran; otherwise the whole submission's failure. */
function loadOutcome(end: ExchangeEnd): LoadFailure | null {
  if (end.kind !== 'reply') {
    const outcome = stoppedOutcome(end);
    const status = outcome.status === 'timeout' || outcome.status === 'memory' || outcome.status === 'overloaded' || outcome.status === 'sandbox' ? outcome.status : 'threw';
    return { status, message: `top-level code: ${outcome.message}`, ...(outcome.detail ? { detail: outcome.detail } : {}) };
  }
  let reply: z.infer<typeof LoadReply>;
  try {
    reply = LoadReply.parse(parseReply(end.body).header);
  } catch {
    return { status: 'threw', message: 'top-level code: the runner answered something unreadable' };
  }
  if (reply.ok) return null;
  // the runner's words (a compiler message, the top-level exception) are the candidate's: samples only
  if (reply.status === 'compile' && reply.line) {
    const column = reply.column ?? 1;
    return { status: 'compile', message: 'the submission does not compile', detail: `${reply.line}:${column}: ${reply.message}`, line: reply.line, column };
  }
  const fixed = { compile: 'the submission does not compile', threw: 'the top-level code raised an exception', memory: 'top-level code: memory limit exceeded', sandbox: 'the Python sandbox failed' } as const;
  return { status: reply.status, message: fixed[reply.status], detail: reply.message };
}
