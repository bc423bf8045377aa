import ivm from 'isolated-vm';
import { ISOLATE_PRELUDE } from './isolate-prelude.ts';
import type { EncodedPlain } from './plain-codec.ts';
import { runTimed, wallCapMs, type Timed } from './run-timed.ts';
import type { ChildMessage, FailureStatus, LoadFailure, SandboxJob, SandboxTest, TestOutcome } from './sandbox-protocol.ts';

interface LoadedIsolate {
  isolate: ivm.Isolate;
  harness: ivm.Reference<unknown>;
}

type Loaded = { ok: true; loaded: LoadedIsolate } | { ok: false; failure: LoadFailure };

type Failure = { status: FailureStatus; message: string };

const MESSAGES = {
  timeout: 'time limit exceeded',
  blocked: 'time limit exceeded (the function slept or blocked past the wall-clock cap)',
  memory: 'memory limit exceeded',
  overloaded: 'the grading machine was too busy to finish this test',
} as const;

/**
 * Whether an exception comes from the isolate running out of memory, decided by the isolate's own
 * signals (it was disposed for its memory limit, or it threw a RangeError while its heap and array
 * buffers held at least half the limit), never by the exception's text, which the candidate controls.
 */
function outOfMemory(isolate: ivm.Isolate, memoryMb: number, rangeError: boolean): boolean {
  if (isolate.isDisposed) return true;
  if (!rangeError) return false;
  try {
    const heap = isolate.getHeapStatisticsSync();
    return heap.used_heap_size + heap.externally_allocated_size >= 0.5 * memoryMb * 2 ** 20;
  } catch {
    return true;
  }
}

function timedFailure(t: Extract<Timed<unknown>, { kind: 'cpu-limit' | 'blocked' | 'overloaded' }>): Failure {
  if (t.kind === 'overloaded') return { status: 'overloaded', message: MESSAGES.overloaded };
  return { status: 'timeout', message: t.kind === 'blocked' ? MESSAGES.blocked : MESSAGES.timeout };
}

/** A fresh isolate with the prelude and the candidate's top-level code evaluated. */
async function loadIsolate(job: SandboxJob): Promise<Loaded> {
  const isolate = new ivm.Isolate({ memoryLimit: job.memoryMb });
  const fail = (failure: LoadFailure): Loaded => {
    if (!isolate.isDisposed) isolate.dispose();
    return { ok: false, failure };
  };
  const context = isolate.createContextSync();
  const harness = context.evalSync(ISOLATE_PRELUDE, { reference: true }) as ivm.Reference<unknown>;
  let script: ivm.Script;
  try {
    script = isolate.compileScriptSync(job.code, { filename: 'submission.js' });
  } catch (error) {
    return fail({ status: 'compile', message: 'the submission does not compile', detail: String((error as Error)?.message ?? error).slice(0, 2000) });
  }
  const t = await runTimed(isolate, { cpuMs: job.topLevelMs }, () => script.run(context, { release: true }));
  if (t.kind === 'done') return { ok: true, loaded: { isolate, harness } };
  if (t.kind !== 'threw') {
    const f = timedFailure(t);
    return fail({ status: f.status === 'overloaded' ? 'overloaded' : 'timeout', message: `top-level code: ${f.message}` });
  }
  if (isolate.isDisposed) return fail({ status: 'memory', message: `top-level code: ${MESSAGES.memory}` });
  // a top-level exception never saw a test's data, but its text is still the candidate's: a detail for samples
  return fail({ status: 'threw', message: 'the top-level code threw an exception', detail: String((t.error as Error)?.message ?? t.error).slice(0, 2000) });
}

/** One test in a loaded isolate: prepare the inputs, the candidate's call (timed), then read the result. */
async function runTest(job: SandboxJob, { isolate, harness }: LoadedIsolate, test: SandboxTest): Promise<TestOutcome> {
  const limits = { maxLeaves: job.maxLeaves, maxChars: job.maxChars };
  const phase = (args: unknown[]) =>
    runTimed(isolate, { cpuMs: test.timeMs }, () => harness.apply(undefined, args, { arguments: { copy: true }, result: { copy: true } }) as Promise<Record<string, unknown> | undefined>);
  const failed = (f: Failure, cpuMs: number, wallMs: number, extra: Partial<TestOutcome> = {}): TestOutcome => ({ ...extra, status: f.status, message: f.message, cpuMs, wallMs }) as TestOutcome;
  /** A phase that did not return: stopped by the watcher, out of memory, or an engine error the candidate's code caused. */
  const notDone = (t: Timed<unknown>, cpuMs: number, wallMs: number): TestOutcome => {
    if (t.kind === 'cpu-limit' || t.kind === 'blocked' || t.kind === 'overloaded') return failed(timedFailure(t), cpuMs, wallMs);
    if (isolate.isDisposed) return failed({ status: 'memory', message: MESSAGES.memory }, cpuMs, wallMs);
    const text = t.kind === 'threw' ? String((t.error as Error)?.message ?? t.error).slice(0, 2000) : 'no result';
    // e.g. a dynamic import(), which the isolate refuses outside the candidate's try/catch
    return failed({ status: 'threw', message: 'the function threw an exception' }, cpuMs, wallMs, { detail: text });
  };

  // decoding the inputs runs only the harness's own code: a synchronous call (an async one costs a thread
  // hop per test), its wall-clock timeout a mere safety net
  try {
    harness.applySync(undefined, ['prepare', test.args.skeleton, test.args.numbers, test.seed], { arguments: { copy: true }, timeout: wallCapMs(test.timeMs) });
  } catch {
    return failed(isolate.isDisposed ? { status: 'memory', message: MESSAGES.memory } : { status: 'sandbox', message: 'the sandbox could not pass the inputs' }, 0, 0);
  }

  const called = await phase(['call', job.entry]);
  const cpuMs = called.cpuMs;
  if (called.kind !== 'done') return notDone(called, cpuMs, called.wallMs);
  const c = called.value ?? {};
  const consoleOf = (raw: Record<string, unknown>) => ({
    console: typeof raw.console === 'string' ? raw.console : '',
    consoleWritten: typeof raw.consoleWritten === 'number' ? raw.consoleWritten : 0,
  });
  if (c.status === 'missing') return failed({ status: 'missing', message: `the submission does not export a function named ${job.entry}` }, cpuMs, called.wallMs);
  if (c.status === 'threw') {
    if (outOfMemory(isolate, job.memoryMb, c.rangeError === true)) return failed({ status: 'memory', message: MESSAGES.memory }, cpuMs, called.wallMs, consoleOf(c));
    const thrown = typeof c.text === 'string' ? c.text : 'an exception';
    return failed({ status: 'threw', message: 'the function threw an exception' }, cpuMs, called.wallMs, { detail: thrown, ...consoleOf(c) });
  }

  const collected = await phase(['collect', limits]);
  const wallMs = called.wallMs + collected.wallMs;
  // reading a Proxy runs its traps: the candidate's time, under the same limit, though not reported as it
  if (collected.kind !== 'done') return notDone(collected, cpuMs, wallMs);
  const r = collected.value ?? {};
  if (r.status === 'ok') {
    const result = encoded(r.resultSkeleton, r.resultNumbers);
    if (!result) return failed({ status: 'plain', message: 'returned a value that could not be decoded' }, cpuMs, wallMs, consoleOf(r));
    const changed = typeof r.changedArg === 'number' && Number.isInteger(r.changedArg) && r.changedArg >= 0 ? r.changedArg : null;
    return { status: 'ok', result, mutatedArg: changed, ...consoleOf(r), cpuMs, wallMs };
  }
  if (r.status === 'unreadable') {
    const memory = outOfMemory(isolate, job.memoryMb, r.rangeError === true);
    return failed(memory ? { status: 'memory', message: MESSAGES.memory } : { status: 'plain', message: 'returned a value that could not be read' }, cpuMs, wallMs, consoleOf(r));
  }
  const known = ['output', 'plain', 'mutated'] as const;
  const status = known.find((s) => s === r.status) ?? 'sandbox';
  // these messages are the harness's own ("returned a function in the result"), never the candidate's text
  const message = typeof r.message === 'string' ? r.message : 'unknown failure';
  return failed({ status, message }, cpuMs, wallMs, consoleOf(r));
}

function encoded(skeleton: unknown, numbers: unknown): EncodedPlain | null {
  return typeof skeleton === 'string' && numbers instanceof Float64Array ? { skeleton, numbers } : null;
}

/**
 * Runs every test of the job in one fresh isolate; after a timeout or a memory failure the isolate is
 * replaced (its state may be half-updated) before the next test. Returns whether the child process
 * should be recycled rather than reused.
 */
export async function runJob(job: SandboxJob, send: (m: ChildMessage) => void): Promise<boolean> {
  let recycle = false;
  let current: LoadedIsolate | null = null;
  let timeouts = 0;
  let cpuSpent = 0;
  try {
    for (const test of job.tests) {
      const skip = timeouts >= job.maxTimeouts ? 'earlier tests exceeded the time limit' : cpuSpent >= job.cpuBudgetMs ? 'the submission used up its total time' : null;
      if (skip !== null) {
        const outcome: TestOutcome = { status: 'not_run', message: `not run: ${skip}`, cpuMs: 0, wallMs: 0 };
        send({ type: 'test-result', jobId: job.jobId, index: test.index, outcome });
        continue;
      }
      if (current === null) {
        const loaded = await loadIsolate(job);
        if (!loaded.ok) {
          send({ type: 'load-failed', jobId: job.jobId, failure: loaded.failure });
          return loaded.failure.status === 'memory';
        }
        current = loaded.loaded;
      }
      send({ type: 'test-start', jobId: job.jobId, index: test.index });
      const outcome = await runTest(job, current, test);
      cpuSpent += Number.isFinite(outcome.cpuMs) ? outcome.cpuMs : test.timeMs;
      if (outcome.status === 'timeout') timeouts++;
      if (outcome.status === 'memory') recycle = true;
      if (current.isolate.isDisposed || outcome.status === 'timeout' || outcome.status === 'memory' || outcome.status === 'overloaded') {
        if (!current.isolate.isDisposed) current.isolate.dispose();
        current = null;
      }
      send({ type: 'test-result', jobId: job.jobId, index: test.index, outcome });
    }
  } finally {
    if (current !== null && !current.isolate.isDisposed) current.isolate.dispose();
  }
  return recycle;
}
