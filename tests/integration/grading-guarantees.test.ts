import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraderOverloadedError, listProblems, type GradeReport } from '../../grader/index';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { seedUser } from '../../lib/server/seed/seed-user';
import { createSubmission } from '../../lib/server/submissions/create-submission';
import { finishOrphanedSubmissions } from '../../lib/server/submissions/finish-orphaned-submissions';
import { getSubmission } from '../../lib/server/submissions/get-submission';
import { gradeSubmissionJob, type GradingDeps } from '../../lib/server/queue/grade-submission-job';
import { INTERNAL_ERROR_REASONS } from '../../lib/server/submissions/record-verdict';
import type { PrismaClient } from '../../lib/server/db/client';
import { testDatabaseUrl, testPrisma, uniqueEmail } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const prisma = testPrisma();
let userId = '';

function startWorker(extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'worker/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), WORKER_CONCURRENCY: '1', ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await exited;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Peak resident memory of a process so far (Linux), MB. */
function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const readSubmission = (id: string) => prisma.submission.findUniqueOrThrow({ where: { id }, select: { status: true, verdict: true, message: true } });
const softmaxSolution = () => readFileSync(path.join(root, 'problems/stable-softmax/solution.ts'), 'utf8');

beforeAll(async () => {
  await syncProblems(prisma, { packages: (await listProblems(path.join(root, 'problems'))).problems });
  userId = (await seedUser(prisma, { email: uniqueEmail('guarantees'), name: 'G', password: 'password-1' })).id;
});
afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  await prisma.$disconnect();
});

describe('every submission ends with exactly one verdict', () => {
  it('ends a Run whose wrong answer is millions of numbers at once, stores only a preview, and keeps the worker small', async () => {
    const worker = startWorker();
    try {
      const huge = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'run', code: 'export function softmax(z: number[][]): number[][] { return [new Array(3_000_000).fill(0.5)]; }' });
      const large = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'run', code: 'export function softmax(z: number[][]): number[][] { return [new Array(2_000_000).fill(0.5)]; }' });
      const t0 = Date.now();
      expect(await waitFor(() => readSubmission(huge.id), (s) => s.status === 'done')).toMatchObject({ verdict: 'output_limit_exceeded' });
      expect(await waitFor(() => readSubmission(large.id), (s) => s.status === 'done')).toMatchObject({ verdict: 'wrong_answer' });
      // one after the other: a user's jobs are graded one at a time (the fair queue)
      expect(Date.now() - t0).toBeLessThan(60_000);
      const view = await getSubmission(prisma, { viewerId: userId, submissionId: large.id });
      const first = view.tests[0]!;
      expect((first.details?.actual as number[][])[0]).toHaveLength(2000);
      expect(first.details?.truncated).toEqual({ actual: '1×2000000' });
      expect(JSON.stringify(view).length).toBeLessThan(200_000);
      // before the preview a 2,000,000-number wrong answer grew the worker to 2.3 GB and was never recorded
      expect(peakRssMb(worker.pid!)).toBeLessThan(800);
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);

  it('records internal_error with a reason when the result cannot be recorded on the last attempt', async () => {
    const submission = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'run', code: softmaxSolution() });
    // the first verdict transaction fails (as one outliving its timeout does); the fallback one succeeds
    let failures = 1;
    const flaky = new Proxy(prisma, {
      get(target, key, receiver) {
        if (key === '$transaction' && failures > 0) {
          return () => {
            failures--;
            return Promise.reject(new Error('Transaction already closed: the timeout for this transaction was 5000 ms'));
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as PrismaClient;
    const report: GradeReport = { verdict: 'accepted', score: 1, tests: [{ name: 'worked example', hidden: false, verdict: 'accepted', timeMs: 1, weight: 1 }], timing: { totalMs: 5 } };
    const deps: GradingDeps = { prisma: flaky, loadProblem: async () => ({ version: 'v' }) as never, grade: async () => report };
    await expect(gradeSubmissionJob(deps, { submissionId: submission.id }, { attempts: 1, maxAttempts: 3 })).rejects.toThrow(/Transaction/);
    failures = 1;
    await gradeSubmissionJob(deps, { submissionId: submission.id }, { attempts: 3, maxAttempts: 3 });
    expect(await readSubmission(submission.id)).toEqual({ status: 'done', verdict: 'internal_error', message: INTERNAL_ERROR_REASONS.notRecorded });
    expect(await prisma.testResult.count({ where: { submissionId: submission.id } })).toBe(0);
  });

  it('never blames the candidate when the machine is too busy: retried, then internal_error with the reason', async () => {
    const submission = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code: softmaxSolution() });
    const deps: GradingDeps = {
      prisma,
      loadProblem: async () => ({ version: 'v' }) as never,
      grade: async () => {
        throw new GraderOverloadedError();
      },
    };
    await expect(gradeSubmissionJob(deps, { submissionId: submission.id }, { attempts: 1, maxAttempts: 3 })).rejects.toBeInstanceOf(GraderOverloadedError);
    // waiting for its retry: queued again, and not charged to the candidate's grading budget
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: submission.id }, select: { status: true, startedAt: true } })).toEqual({ status: 'queued', startedAt: null });
    await gradeSubmissionJob(deps, { submissionId: submission.id }, { attempts: 3, maxAttempts: 3 });
    expect(await readSubmission(submission.id)).toEqual({ status: 'done', verdict: 'internal_error', message: INTERNAL_ERROR_REASONS.overloaded });
  });

  it('has a janitor that ends submissions whose job is gone and leaves those with a live job alone', async () => {
    const make = async () => {
      const s = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code: softmaxSolution() });
      await prisma.submission.update({ where: { id: s.id }, data: { status: 'running' } });
      return s.id;
    };
    const [lost, exhausted, onLastAttempt, waiting] = [await make(), await make(), await make(), await make()];
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${lost}`;
    await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts WHERE key = ${exhausted}`;
    await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, locked_at = now(), locked_by = 'a-live-worker' WHERE key = ${onLastAttempt}`;

    // (other files' submissions whose jobs they deleted are orphans too: only these four are looked at)
    const finished = await finishOrphanedSubmissions(prisma, { graceSeconds: 0 });
    expect(finished).toEqual(expect.arrayContaining([lost, exhausted]));
    expect(finished).not.toContain(onLastAttempt);
    expect(finished).not.toContain(waiting);
    for (const id of [lost, exhausted]) expect(await readSubmission(id)).toEqual({ status: 'done', verdict: 'internal_error', message: INTERNAL_ERROR_REASONS.jobLost });
    for (const id of [onLastAttempt, waiting]) expect((await readSubmission(id)).status).toBe('running');
    expect(await finishOrphanedSubmissions(prisma, { graceSeconds: 0 })).toEqual([]);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ANY(${[onLastAttempt, waiting]}::text[])`;
    await prisma.submission.updateMany({ where: { id: { in: [onLastAttempt, waiting] } }, data: { status: 'done', verdict: 'internal_error' } });
  });

  it('runs the janitor in the worker process', async () => {
    const s = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code: softmaxSolution() });
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${s.id}`;
    await prisma.submission.update({ where: { id: s.id }, data: { status: 'running' } });
    const worker = startWorker({ WORKER_JANITOR_INTERVAL_SECONDS: '0.5', WORKER_ORPHAN_GRACE_SECONDS: '0' });
    try {
      expect(await waitFor(() => readSubmission(s.id), (r) => r.status === 'done', 90_000)).toMatchObject({ verdict: 'internal_error' });
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);
});

describe('hidden tests tell nothing from their data, through the whole pipeline', () => {
  it('stores and serves no hidden input of a submission that throws its inputs as an "allocation failure"', async () => {
    const worker = startWorker();
    try {
      const code = 'export function softmax(z: number[][]): number[][] { throw new RangeError("Invalid array length" + JSON.stringify(z)); }';
      const s = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code });
      expect(await waitFor(() => readSubmission(s.id), (r) => r.status === 'done')).toMatchObject({ verdict: 'runtime_error' });
      const view = await getSubmission(prisma, { viewerId: userId, submissionId: s.id });
      const hidden = view.tests.filter((t) => t.hidden);
      expect(hidden.length).toBeGreaterThan(10);
      for (const t of hidden) {
        expect(t.verdict).toBe('runtime_error');
        expect(t.message).toBe('the function threw an exception');
        expect(t.output).toBeNull();
        expect(t.timeMs % 10).toBe(0);
      }
      // the samples show the candidate's own text, as they show the inputs anyway
      expect(view.tests.find((t) => !t.hidden)?.message).toMatch(/^RangeError: Invalid array length\[\[/);
      const stored = await prisma.testResult.findMany({ where: { submissionId: s.id, hidden: true }, select: { message: true, output: true, details: true } });
      expect(JSON.stringify(stored)).not.toMatch(/Invalid array length|\d\.\d{4}/);
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);
});
