import { fork } from 'node:child_process';
import path from 'node:path';
import type { ProblemPackage } from '../problems/load-problem.ts';
import type { ExpectedValue } from './expected-cache.ts';

const CHILD = path.join(import.meta.dirname, 'reference-child-main.ts');
const CHILD_HEAP_MB = 1024;

export type ReferenceOutcome = ExpectedValue | { kind: 'timeout'; afterMs: number };

/**
 * The trusted reference on arguments a candidate chose ("Run with my input"), in a child process with a heap
 * cap and a deadline: trusted code on untrusted arguments (a huge iteration count, a giant k) must not stall or
 * exhaust the worker that grades everyone else.
 */
export function referenceInChild(problem: ProblemPackage, args: unknown[], { timeoutMs }: { timeoutMs: number }): Promise<ReferenceOutcome> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${CHILD_HEAP_MB}`],
      serialization: 'advanced', // structured clone: NaN, ±Infinity and -0 intact
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let settled = false;
    const finish = (outcome: ReferenceOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', afterMs: timeoutMs }), timeoutMs);
    child.on('message', (message) => finish(message as ExpectedValue));
    child.on('exit', () => finish({ kind: 'error', message: 'the reference stopped without a result on this input (it may need more memory than it may use)' }));
    child.on('error', () => finish({ kind: 'error', message: 'the reference could not be started' }));
    child.send({ dir: problem.dir, args });
  });
}
