import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BWRAP, PYTHON } from './bwrap-command.ts';
import { decodePlain, encodePlain } from '../sandbox/plain-codec.ts';
import { PythonSandbox } from './python-sandbox.ts';
import { seccompSupported } from './seccomp-filter.ts';

export const ENABLE_PYTHON_HINT = 'apt-get install python3-numpy bubblewrap';

export type PythonRuntimeStatus =
  | { available: true; python: string; numpy: string; bubblewrap: string }
  | { available: false; reason: string };

const PROBE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'self-test-probe.py');

/** What the probe must report: every layer of the sandbox in place. */
const EXPECTED: Record<string, unknown> = {
  uid: 65534,
  capabilities: '0000000000000000',
  seccomp: '2',
  interfaces: ['lo'],
  socket: 'refused',
  writeSystem: 'refused',
  writeTmp: 'refused',
  fork: 'refused',
  hostFiles: [],
};

async function commandOutput(file: string, args: string[]): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(file, args, { timeout: 10_000 });
  return `${stdout}${stderr}`.trim();
}

/** Runs the probe as a submission in a real sandbox and compares every answer with the safe one. */
async function selfTest(): Promise<{ ok: true; numpy: string } | { ok: false; reason: string }> {
  const sandbox = new PythonSandbox();
  try {
    let result: unknown;
    let failure = '';
    const end = await sandbox.run(
      {
        code: readFileSync(PROBE_FILE, 'utf8'),
        entry: 'probe',
        paramTypes: [],
        memoryMb: 128,
        topLevelMs: 5000,
        maxLeaves: 1000,
        maxChars: 100_000,
        maxTimeouts: 1,
        cpuBudgetMs: 5000,
        tests: [{ index: 0, args: encodePlain([]), timeMs: 5000, seed: 0 }],
      },
      { wallMs: 30_000 },
      {
        onTestStart: () => undefined,
        onTestResult: (_, outcome) => {
          if (outcome.status === 'ok') result = decodePlain(outcome.result);
          else failure = `${outcome.message}${outcome.detail ? ` (${outcome.detail})` : ''}`;
        },
        onLoadFailed: (f) => {
          failure = f.message;
        },
      },
    );
    if (end.kind !== 'done' || result === undefined) return { ok: false, reason: `the sandbox self-test did not finish: ${failure || end.kind}` };
    const report = result as Record<string, unknown>;
    for (const [key, expected] of Object.entries(EXPECTED)) {
      if (JSON.stringify(report[key]) !== JSON.stringify(expected)) {
        return { ok: false, reason: `the sandbox self-test found ${key} = ${JSON.stringify(report[key])} (expected ${JSON.stringify(expected)})` };
      }
    }
    return { ok: true, numpy: String(report.numpy) };
  } catch (error) {
    return { ok: false, reason: `the Python sandbox does not start: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    sandbox.kill();
  }
}

/**
 * Whether this machine can grade Python: python3 with numpy, bubblewrap, a supported architecture for the
 * seccomp filter, and a self-test proving that inside the sandbox there is no network, nothing outside
 * can be written, no process can be started and the filter and namespaces are in place.
 */
export async function detectPythonRuntime(): Promise<PythonRuntimeStatus> {
  if (process.platform !== 'linux') return { available: false, reason: 'the Python sandbox needs Linux' };
  if (!seccompSupported()) return { available: false, reason: `the seccomp filter is written for x86-64, this machine is ${process.arch}` };
  if (!existsSync(PYTHON)) return { available: false, reason: `${PYTHON} is missing` };
  if (!existsSync(BWRAP)) return { available: false, reason: `${BWRAP} (bubblewrap) is missing` };
  let python: string;
  try {
    python = (await commandOutput(PYTHON, ['-I', '-c', 'import sys, numpy; print(sys.version.split()[0])'])).split('\n').pop() ?? '';
  } catch {
    return { available: false, reason: `${PYTHON} cannot import numpy` };
  }
  if (!/^3\.(1\d|[2-9]\d)/.test(python)) return { available: false, reason: `Python ${python} is too old (3.10 or newer is needed)` };
  const bubblewrap = (await commandOutput(BWRAP, ['--version']).catch(() => '')).replace(/^bubblewrap\s*/, '');
  const test = await selfTest();
  if (!test.ok) return { available: false, reason: test.reason };
  return { available: true, python, numpy: test.numpy, bubblewrap };
}

let detected: Promise<PythonRuntimeStatus> | null = null;

/**
 * Detected once per process, or taken from the environment that `npm start` passes to the processes it
 * starts after detecting it on this machine (GRADER_PYTHON, GRADER_PYTHON_DETAIL); GRADER_PYTHON=off turns
 * Python off without a test.
 */
export function pythonRuntime(): Promise<PythonRuntimeStatus> {
  detected ??= fromEnvironment() ?? detectPythonRuntime();
  return detected;
}

/** The variables `npm start` gives its web server and worker. */
export function pythonRuntimeEnv(status: PythonRuntimeStatus): Record<string, string> {
  if (status.available) return { GRADER_PYTHON: 'available', GRADER_PYTHON_DETAIL: JSON.stringify({ python: status.python, numpy: status.numpy, bubblewrap: status.bubblewrap }) };
  return { GRADER_PYTHON: 'unavailable', GRADER_PYTHON_DETAIL: status.reason };
}

function fromEnvironment(): Promise<PythonRuntimeStatus> | null {
  const { GRADER_PYTHON: state, GRADER_PYTHON_DETAIL: detail = '' } = process.env;
  if (state === 'off') return Promise.resolve({ available: false, reason: 'turned off with GRADER_PYTHON=off' });
  if (state === 'unavailable') return Promise.resolve({ available: false, reason: detail || 'disabled' });
  if (state !== 'available') return null;
  try {
    const versions = JSON.parse(detail) as { python: string; numpy: string; bubblewrap: string };
    return Promise.resolve({ available: true, python: String(versions.python), numpy: String(versions.numpy), bubblewrap: String(versions.bubblewrap) });
  } catch {
    return null;
  }
}

/** The start-up log line: "Python: available (…)" or why not and how to enable it. */
export function describePythonRuntime(status: PythonRuntimeStatus): string {
  if (status.available) return `Python: available (Python ${status.python}, numpy ${status.numpy}, bubblewrap ${status.bubblewrap})`;
  return `Python: unavailable: ${status.reason}. Candidates can use TypeScript only; to enable Python: ${ENABLE_PYTHON_HINT}`;
}
