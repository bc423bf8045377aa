import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '../../grader/index';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { createSubmission } from '../../lib/server/submissions/create-submission';
import { MAX_CODE_BYTES } from '../../lib/server/submissions/limits';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testDatabaseUrl, testPrisma, uniqueEmail } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const prisma = testPrisma();
let userId = '';

function startWorker(extraEnv: Record<string, string> = {}, stdout: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  return spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'worker/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), WORKER_CONCURRENCY: '1', ...extraEnv },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) resolve();
    });
    child.once('exit', () => reject(new Error(`the worker exited before printing ${pattern}: ${seen}`)));
  });
}

async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (worker.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill(signal);
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

const readSubmission = (id: string) =>
  prisma.submission.findUniqueOrThrow({ where: { id }, select: { status: true, verdict: true, score: true, testsTotal: true, _count: { select: { testResults: true } } } });

beforeAll(async () => {
  await syncProblems(prisma, { packages: (await listProblems(path.join(root, 'problems'))).problems });
  userId = (await seedUser(prisma, { email: uniqueEmail('submitter'), name: 'S', password: 'password-1' })).id;
});
afterAll(() => prisma.$disconnect());

describe('the submit path (web inserts and enqueues, a worker grades)', () => {
  it('grades a correct Submit as accepted and a wrong one as wrong answer, with per-test results', async () => {
    const worker = startWorker();
    try {
      const good = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code: await readFile(path.join(root, 'problems/stable-softmax/solution.ts'), 'utf8') });
      const bad = await createSubmission(prisma, {
        userId,
        problemSlug: 'stable-softmax',
        kind: 'run',
        code: 'export function softmax(z: number[][]): number[][] { return z.map(r => { const e = r.map(Math.exp); const s = e.reduce((a, b) => a + b, 0); return e.map(v => v / s + 0.01); }); }',
      });
      const goodDone = await waitFor(() => readSubmission(good.id), (s) => s.status === 'done');
      expect(goodDone).toMatchObject({ verdict: 'accepted', score: 1 });
      expect(goodDone._count.testResults).toBeGreaterThan(3);
      // the live progress knew how many tests there were
      expect(goodDone.testsTotal).toBe(goodDone._count.testResults);
      const badDone = await waitFor(() => readSubmission(bad.id), (s) => s.status === 'done');
      expect(badDone.verdict).toBe('wrong_answer');
      const samples = await prisma.testResult.findMany({ where: { submissionId: bad.id }, select: { hidden: true, message: true } });
      expect(samples.every((t) => !t.hidden)).toBe(true);
      expect(samples.some((t) => t.message && /error/i.test(t.message))).toBe(true);
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);

  it('gives exactly one verdict when the worker is killed mid-job: another takes the job back within seconds', async () => {
    // slow but correct: busy-waits in every call so the kill lands while it is being graded
    const solution = await readFile(path.join(root, 'problems/stable-softmax/solution.ts'), 'utf8');
    const slow = `${solution.replace('export function softmax', 'function fastSoftmax')}
export function softmax(z: number[][]): number[][] { const t = Date.now(); while (Date.now() - t < 150) {} return fastSoftmax(z); }`;
    const first = startWorker();
    const submission = await createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'submit', code: slow });
    await waitFor(() => readSubmission(submission.id), (s) => s.status === 'running');
    // the other worker is up before the kill, so what is timed is taking the job back, not starting a process
    const second = startWorker({}, 'pipe');
    try {
      await waitForOutput(second, /running jobs/);
      await stopWorker(first, 'SIGKILL');
      const killedAt = Date.now();
      expect((await readSubmission(submission.id)).status).toBe('running');

      const done = await waitFor(() => readSubmission(submission.id), (s) => s.status === 'done', 90_000);
      expect(done.verdict).toBe('accepted');
      // a dead worker is one silent for 5 s; its job is freed by the next janitor pass and graded again
      const recoveryMs = (await prisma.submission.findUniqueOrThrow({ where: { id: submission.id }, select: { startedAt: true } })).startedAt!.getTime() - killedAt;
      console.log(`[submit pipeline] the killed worker's job was started again ${recoveryMs} ms after the kill`);
      expect(recoveryMs).toBeLessThan(15_000);
      const ordinals = await prisma.testResult.findMany({ where: { submissionId: submission.id }, select: { ordinal: true } });
      expect(new Set(ordinals.map((o) => o.ordinal)).size).toBe(ordinals.length);
      // the queue removes the job just after the verdict's transaction commits
      const jobCount = async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = ${submission.id}`)[0]?.n;
      expect(await waitFor(jobCount, (n) => n === 0, 10_000)).toBe(0);
    } finally {
      await stopWorker(second);
    }
  }, 180_000);

  it('refuses oversized code, an unknown problem, and too many runs a minute, saving nothing', async () => {
    const before = await prisma.submission.count({ where: { userId } });
    await expect(createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'run', code: 'x'.repeat(MAX_CODE_BYTES + 1) })).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(createSubmission(prisma, { userId, problemSlug: 'no-such-problem', kind: 'run', code: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await prisma.submission.count({ where: { userId } })).toBe(before);

    const flooder = (await seedUser(prisma, { email: uniqueEmail('flood'), name: 'F', password: 'password-1' })).id;
    const attempts = await Promise.allSettled(Array.from({ length: 25 }, () => createSubmission(prisma, { userId: flooder, problemSlug: 'stable-softmax', kind: 'run', code: 'x' })));
    const refused = attempts.filter((a) => a.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => (a as PromiseRejectedResult).reason.code === 'too_many_requests')).toBe(true);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  });
});
