import { z } from 'zod';
import type { JobEnd, JobListener } from '../sandbox/sandbox-process.ts';
import { CodecError, decodePlain } from '../sandbox/plain-codec.ts';
import type { FailureStatus, LoadFailure, SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';
import { encodePythonArgs } from './python-args.ts';
import type { PyType } from './python-signature.ts';
import { ZygoteProcess, type ExchangeEnd } from './zygote-process.ts';

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
  z.object({ status: z.literal('ok'), result: z.string(), resultNumbers: z.number().int().nonnegative(), argsAfter: z.string(), ...Console }),
  z.object({ status: z.enum(['threw', 'memory', 'output', 'plain', 'mutated', 'missing']), message: z.string().max(4000), ...Console }),
]);

/** What a hidden test may say about each failure: fixed text only, the runner's own words go to `detail`. */
const FIXED_MESSAGES: Record<Exclude<FailureStatus, 'not_run'>, string> = {
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
    if (end.reason === 'wall') return { status: 'sandbox', message: 'the machine was too busy to finish this test', ...measured };
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
    const resultBytes = parsed.resultNumbers * 8;
    if (resultBytes > blob.length) throw new CodecError('result numbers missing');
    const result = decodePlain({ skeleton: parsed.result, numbers: float64s(blob.subarray(0, resultBytes)) });
    const argsAfter = decodePlain({ skeleton: parsed.argsAfter, numbers: float64s(blob.subarray(resultBytes)) });
    return { status: 'ok', result, argsAfter: Array.isArray(argsAfter) ? argsAfter : [], ...common };
  } catch {
    return { status: 'plain', message: 'returned a value that could not be decoded', ...common };
  }
}

/** Wire size a runner may reply with: the numbers cap for result and inputs, plus structure and console. */
function maxReplyBytes(job: PythonJob, test: SandboxTest): number {
  return (job.maxLeaves + countNumbers(test.args)) * 8 * 2 + job.maxChars * 12 + 4 * 1024 * 1024;
}

function countNumbers(v: unknown): number {
  if (typeof v === 'number') return 1;
  if (Array.isArray(v)) return v.reduce((s: number, x) => s + countNumbers(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((s: number, x) => s + countNumbers(x), 0);
  return 0;
}

/**
 * One warm Python sandbox, with the same job contract as the isolate's child process: tests run one
 * by one in a runner forked from the zygote; after a runner is stopped (time limit, crash) the next
 * test gets a fresh one, which runs the top-level code again.
 */
export class PythonSandbox {
  readonly zygote = new ZygoteProcess();
  jobsRun = 0;

  get alive(): boolean {
    return this.zygote.alive;
  }

  kill(): void {
    this.zygote.kill();
  }

  setIdle(idle: boolean): void {
    this.zygote.setIdle(idle);
  }

  async run(job: PythonJob, opts: { wallMs: number }, listener: JobListener): Promise<JobEnd> {
    await this.zygote.ready;
    this.jobsRun++;
    let running: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const wall = new Promise<JobEnd>((resolve) => {
      timer = setTimeout(() => {
        this.kill();
        resolve({ kind: 'wall-timeout', runningIndex: running });
      }, opts.wallMs);
    });
    const work = this.runTests(job, listener, (index) => {
      running = index;
    }).catch((error: unknown): JobEnd => ({ kind: 'died', runningIndex: running, detail: String(error) }));
    try {
      return await Promise.race([work, wall]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async runTests(job: PythonJob, listener: JobListener, setRunning: (index: number | null) => void): Promise<JobEnd> {
    const cpuCapMs = job.topLevelMs + job.tests.reduce((s, t) => s + t.timeMs, 0) + 1000;
    let loaded = false;
    let timeouts = 0;
    for (const test of job.tests) {
      if (timeouts >= job.maxTimeouts) {
        listener.onTestResult(test.index, { status: 'not_run', message: 'not run: earlier tests exceeded the time limit', cpuMs: 0, wallMs: 0 });
        continue;
      }
      if (!loaded) {
        const failure = await this.load(job, cpuCapMs);
        if (failure) {
          listener.onLoadFailed(failure);
          return { kind: 'done', recycle: false };
        }
        loaded = true;
      }
      setRunning(test.index);
      listener.onTestStart(test.index);
      const args = encodePythonArgs(test.args, job.paramTypes);
      const end = await this.zygote.exchange(message({ seed: test.seed, args: args.skeleton }, args.numbers), test.timeMs, maxReplyBytes(job, test));
      const outcome = end.kind === 'reply' ? replyOutcome(end) : stoppedOutcome(end);
      if (end.kind !== 'reply') loaded = false;
      if (outcome.status === 'timeout') timeouts++;
      setRunning(null);
      listener.onTestResult(test.index, outcome);
    }
    if (loaded) await this.zygote.killRunner();
    return { kind: 'done', recycle: false };
  }

  /** A fresh runner with the candidate's top-level code run; a failure is the whole submission's. */
  private async load(job: PythonJob, cpuCapMs: number): Promise<LoadFailure | null> {
    await this.zygote.spawnRunner(job.memoryMb, cpuCapMs);
    const header = { code: job.code, entry: job.entry, maxLeaves: job.maxLeaves, maxChars: job.maxChars };
    const end = await this.zygote.exchange(message(header), job.topLevelMs, CONTROL_REPLY_BYTES);
    if (end.kind !== 'reply') {
      const outcome = stoppedOutcome(end);
      const status = outcome.status === 'timeout' || outcome.status === 'memory' || outcome.status === 'sandbox' ? outcome.status : 'threw';
      return { status, message: `top-level code: ${outcome.detail ?? outcome.message}` };
    }
    let reply: z.infer<typeof LoadReply>;
    try {
      reply = LoadReply.parse(parseReply(end.body).header);
    } catch {
      return { status: 'threw', message: 'top-level code: the runner answered something unreadable' };
    }
    if (reply.ok) return null;
    if (reply.status === 'compile' && reply.line) {
      const column = reply.column ?? 1;
      return { status: 'compile', message: `${reply.line}:${column}: ${reply.message}`, line: reply.line, column };
    }
    return { status: reply.status, message: reply.message };
  }
}
