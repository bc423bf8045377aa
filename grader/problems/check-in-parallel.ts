import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemCheckResult } from './check-problem.ts';
import type { CheckWorkerReply, CheckWorkerRequest } from './check-worker.ts';

const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-worker.ts');

export interface ParallelCheckOptions {
  /** package folders, in the order they should start (longest first keeps every worker busy to the end) */
  dirs: string[];
  /** check processes at once; default: one per core */
  workers?: number;
  /** a package whose check takes longer fails and its process is replaced (a process's start-up is not counted) */
  packageTimeoutMs?: number;
  /** a check process that is not ready within this time fails the package it was started for */
  startTimeoutMs?: number;
  onResult?: (result: ProblemCheckResult) => void;
}

function defaultWorkers(): number {
  const fromEnv = Number(process.env.PROBLEMS_CHECK_WORKERS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : os.availableParallelism();
}

/**
 * Checks packages in child processes (`node --no-node-snapshot --import tsx`), each with its own sandbox
 * pool, so references, comparisons and candidate code use every core. A package whose process dies or
 * overruns is reported as failed and the process replaced; never throws for a package. Results come in
 * the order they finish.
 */
export async function checkInParallel(options: ParallelCheckOptions): Promise<ProblemCheckResult[]> {
  const queue = options.dirs.map((dir) => ({ dir, slug: path.basename(dir) }));
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), queue.length));
  const timeoutMs = options.packageTimeoutMs ?? 600_000;
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  // the cores are shared out between the check processes; each runs its candidates in that many sandboxes
  const sandboxes = process.env.GRADER_SANDBOX_PROCESSES ?? String(Math.max(1, Math.floor(os.availableParallelism() / workers)));
  const results: ProblemCheckResult[] = [];
  const record = (result: ProblemCheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };

  const runWorker = async (): Promise<void> => {
    while (queue.length > 0) {
      const child = fork(WORKER_FILE, [], {
        execArgv: ['--no-node-snapshot', '--import', 'tsx'],
        env: { ...process.env, GRADER_SANDBOX_PROCESSES: sandboxes },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('error', () => undefined); // a failed spawn or send ends in 'exit', handled per package
      const startFailure = await whenReady(child, startTimeoutMs);
      if (startFailure !== null) {
        const job = queue.shift();
        if (job) record({ slug: job.slug, ok: false, summary: startFailure, failures: [startFailure], ms: 0 });
        continue;
      }
      // one child checks packages until the queue is empty, or until it dies or overruns (then a fresh one)
      while (queue.length > 0) {
        const job = queue.shift()!;
        const outcome = await checkOne(child, job, timeoutMs);
        record(outcome.result);
        if (!outcome.alive) break;
      }
      if (child.connected) child.send({ type: 'stop' } satisfies CheckWorkerRequest);
    }
  };
  await Promise.all(Array.from({ length: workers }, runWorker));
  return results;
}

/** Waits for a check process's "ready" (grader loaded, Python detected); null, or why it never came. */
function whenReady(child: ChildProcess, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const finish = (failure: string | null) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(failure);
    };
    const onMessage = (reply: CheckWorkerReply) => {
      if (reply.type === 'ready') finish(null);
    };
    const onExit = (code: number | null, signal: string | null) => finish(`the check process died while starting (${signal ?? `exit ${code}`})`);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(`the check process did not start within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

function checkOne(child: ChildProcess, job: { dir: string; slug: string }, timeoutMs: number): Promise<{ result: ProblemCheckResult; alive: boolean }> {
  const t0 = performance.now();
  const failed = (message: string) => ({ slug: job.slug, ok: false, summary: message, failures: [message], ms: performance.now() - t0 });
  return new Promise((resolve) => {
    const finish = (result: ProblemCheckResult, alive: boolean) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve({ result, alive });
    };
    const onMessage = (reply: CheckWorkerReply) => {
      if (reply.type === 'result' && reply.result.slug === job.slug) finish(reply.result, true);
    };
    const onExit = (code: number | null, signal: string | null) => finish(failed(`the check process died (${signal ?? `exit ${code}`})`), false);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(failed(`the check took longer than ${Math.round(timeoutMs / 1000)} s`), false);
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ type: 'check', ...job } satisfies CheckWorkerRequest);
  });
}
