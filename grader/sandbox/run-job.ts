import ivm from 'isolated-vm';
import { ISOLATE_PRELUDE } from './isolate-prelude.ts';
import { CodecError, decodePlain, encodePlain } from './plain-codec.ts';
import type { ChildMessage, LoadFailure, SandboxJob, TestOutcome } from './sandbox-protocol.ts';

interface LoadedIsolate {
  isolate: ivm.Isolate;
  harness: ivm.Reference<unknown>;
}

type Loaded = { ok: true; loaded: LoadedIsolate } | { ok: false; failure: LoadFailure };

/** A fresh isolate with the prelude and the candidate's top-level code evaluated. */
function loadIsolate(job: SandboxJob): Loaded {
  const isolate = new ivm.Isolate({ memoryLimit: job.memoryMb });
  try {
    const context = isolate.createContextSync();
    const harness = context.evalSync(ISOLATE_PRELUDE, { reference: true }) as ivm.Reference<unknown>;
    let script: ivm.Script;
    try {
      script = isolate.compileScriptSync(job.code, { filename: 'submission.js' });
    } catch (error) {
      isolate.dispose();
      return { ok: false, failure: { status: 'compile', message: String((error as Error).message ?? error) } };
    }
    script.runSync(context, { timeout: job.topLevelMs });
    return { ok: true, loaded: { isolate, harness } };
  } catch (error) {
    const failure = classifyIsolateError(isolate, error);
    if (!isolate.isDisposed) isolate.dispose();
    const status = failure.status === 'timeout' || failure.status === 'memory' ? failure.status : 'threw';
    return { ok: false, failure: { status, message: `top-level code: ${failure.message}` } };
  }
}

function classifyIsolateError(isolate: ivm.Isolate, error: unknown): { status: 'timeout' | 'memory' | 'plain' | 'threw'; message: string } {
  const message = String((error as Error)?.message ?? error).slice(0, 2000);
  if (isolate.isDisposed || /memory limit|allocation failed|out of memory/i.test(message)) {
    return { status: 'memory', message: 'memory limit exceeded' };
  }
  if (/timed out/i.test(message)) return { status: 'timeout', message: 'time limit exceeded' };
  if (/could not be cloned/i.test(message)) {
    return { status: 'plain', message: 'returned a value that is not plain data (for example a Proxy)' };
  }
  return { status: 'threw', message };
}

/**
 * Runs every test of the job in one fresh isolate; after a timeout or memory failure the isolate is
 * replaced (its state may be half-updated) before the next test. Returns whether the child process
 * should be recycled rather than reused.
 */
export function runJob(job: SandboxJob, send: (m: ChildMessage) => void): boolean {
  let recycle = false;
  let current: LoadedIsolate | null = null;
  const limits = { maxLeaves: job.maxLeaves, maxChars: job.maxChars };
  let timeouts = 0;
  try {
    for (const test of job.tests) {
      if (timeouts >= job.maxTimeouts) {
        const outcome: TestOutcome = { status: 'not_run', message: 'not run: earlier tests exceeded the time limit', cpuMs: 0, wallMs: 0 };
        send({ type: 'test-result', jobId: job.jobId, index: test.index, outcome });
        continue;
      }
      if (current === null) {
        const loaded = loadIsolate(job);
        if (!loaded.ok) {
          send({ type: 'load-failed', jobId: job.jobId, failure: loaded.failure });
          return loaded.failure.status === 'memory';
        }
        current = loaded.loaded;
      }
      send({ type: 'test-start', jobId: job.jobId, index: test.index });
      const { isolate, harness } = current;
      const cpu0 = isolate.cpuTime;
      const t0 = performance.now();
      let outcome: TestOutcome;
      try {
        const input = encodePlain(test.args);
        const raw = harness.applySync(undefined, [job.entry, input.skeleton, input.numbers, test.seed, limits], {
          timeout: test.timeMs,
          arguments: { copy: true },
          result: { copy: true },
        }) as Record<string, unknown>;
        const cpuMs = Number(isolate.cpuTime - cpu0) / 1e6;
        const wallMs = performance.now() - t0;
        outcome = toOutcome(raw, cpuMs, wallMs);
      } catch (error) {
        const wallMs = performance.now() - t0;
        const cpuMs = isolate.isDisposed ? wallMs : Number(isolate.cpuTime - cpu0) / 1e6;
        const failure = classifyIsolateError(isolate, error);
        outcome = { status: failure.status, message: failure.message, cpuMs, wallMs };
        if (failure.status === 'timeout') timeouts++;
        if (failure.status === 'memory' || failure.status === 'timeout') {
          recycle ||= failure.status === 'memory';
          if (!isolate.isDisposed) isolate.dispose();
          current = null;
        }
      }
      send({ type: 'test-result', jobId: job.jobId, index: test.index, outcome });
    }
  } finally {
    if (current !== null && !current.isolate.isDisposed) current.isolate.dispose();
  }
  return recycle;
}

/** The harness's return value was copied out by structured clone, so it is inert data here. */
function toOutcome(raw: Record<string, unknown>, cpuMs: number, wallMs: number): TestOutcome {
  const consoleText = typeof raw.console === 'string' ? raw.console : '';
  const consoleWritten = typeof raw.consoleWritten === 'number' ? raw.consoleWritten : 0;
  if (raw.status === 'ok') {
    let result: unknown;
    let argsAfter: unknown;
    try {
      result = decodeField(raw.resultSkeleton, raw.resultNumbers);
      argsAfter = decodeField(raw.argsSkeleton, raw.argsNumbers);
    } catch {
      return { status: 'plain', message: 'returned a value that could not be decoded', console: consoleText, consoleWritten, cpuMs, wallMs };
    }
    return {
      status: 'ok',
      result,
      argsAfter: Array.isArray(argsAfter) ? argsAfter : [],
      console: consoleText,
      consoleWritten,
      cpuMs,
      wallMs,
    };
  }
  const known = ['threw', 'memory', 'output', 'plain', 'mutated', 'missing'] as const;
  const status = known.find((s) => s === raw.status) ?? 'sandbox';
  const message = typeof raw.message === 'string' ? raw.message : 'unknown failure';
  return { status, message, console: consoleText, consoleWritten, cpuMs, wallMs };
}

function decodeField(skeleton: unknown, numbers: unknown): unknown {
  if (typeof skeleton !== 'string' || !(numbers instanceof Float64Array)) throw new CodecError('missing encoded value');
  return decodePlain({ skeleton, numbers });
}
