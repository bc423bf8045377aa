import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '../../grader/index';
import { pythonRuntime, pythonRuntimeEnv } from '../../grader/python/python-runtime';
import { getPreferredLanguage } from '../../lib/server/preferences/get-preferred-language';
import { setPreferredLanguage } from '../../lib/server/preferences/set-preferred-language';
import { getProgress } from '../../lib/server/progress/get-progress';
import { listCatalog } from '../../lib/server/problems/list-catalog';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { createSubmission } from '../../lib/server/submissions/create-submission';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testDatabaseUrl, testPrisma, uniqueEmail } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const prisma = testPrisma();
const runtime = await pythonRuntime();
const savedEnv = { GRADER_PYTHON: process.env.GRADER_PYTHON, GRADER_PYTHON_DETAIL: process.env.GRADER_PYTHON_DETAIL };

beforeAll(async () => {
  await syncProblems(prisma, { packages: (await listProblems(path.join(root, 'problems'))).problems });
});
afterEach(() => Object.assign(process.env, savedEnv));
afterAll(() => prisma.$disconnect());

const newUser = async () => (await seedUser(prisma, { email: uniqueEmail('pythonista'), name: 'P', password: 'password-1' })).id;

async function waitForVerdict(id: string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const s = await prisma.submission.findUniqueOrThrow({ where: { id }, select: { status: true, verdict: true, language: true, message: true } });
    if (s.status === 'done') return s;
    if (Date.now() > deadline) throw new Error(`no verdict for ${id}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function stop(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await exited;
}

describe.runIf(runtime.available || process.env.CI === 'true')('Python submissions through the queue and a worker', () => {
  it('grades a Python Submit and Run, records their language, and counts the problem solved', async () => {
    Object.assign(process.env, pythonRuntimeEnv(runtime));
    const userId = await newUser();
    const worker = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'worker/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), WORKER_CONCURRENCY: '1', ...pythonRuntimeEnv(runtime) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    try {
      const solution = await readFile(path.join(root, 'problems/kmeans-lloyd/solution.py'), 'utf8');
      const good = await createSubmission(prisma, { userId, problemSlug: 'kmeans-lloyd', kind: 'submit', language: 'python', code: solution });
      const syntax = await createSubmission(prisma, { userId, problemSlug: 'kmeans-lloyd', kind: 'run', language: 'python', code: 'def kmeans(X, init_centroids, max_iters, tol)\n    return {}\n' });
      expect(await waitForVerdict(good.id)).toMatchObject({ verdict: 'accepted', language: 'python' });
      expect(await waitForVerdict(syntax.id)).toMatchObject({ verdict: 'compile_error', language: 'python', message: expect.stringMatching(/^Line 1, column \d+: SyntaxError/) });
    } finally {
      await stop(worker);
    }
    const progress = await getProgress(prisma, { userId });
    expect(progress.totals.solved).toBe(1);
    const entries = await listCatalog(prisma, { userId });
    expect(entries.find((e) => e.slug === 'kmeans-lloyd')).toMatchObject({ status: 'solved', languages: ['typescript', 'python'] });
  }, 150_000);
});

describe('choosing Python', () => {
  it('is refused, saving nothing, where the runtime is unavailable or the problem has no Python version', async () => {
    const userId = await newUser();
    process.env.GRADER_PYTHON = 'unavailable';
    process.env.GRADER_PYTHON_DETAIL = '/usr/bin/bwrap (bubblewrap) is missing';
    await expect(createSubmission(prisma, { userId, problemSlug: 'kmeans-lloyd', kind: 'run', language: 'python', code: 'def kmeans(*a): pass' })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('apt-get install python3-numpy bubblewrap'),
    });
    process.env.GRADER_PYTHON = 'available';
    const slug = `ts-only-${randomUUID().slice(0, 8)}`;
    await prisma.problem.create({
      data: { slug, title: 'TypeScript only', topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64 },
    });
    await expect(createSubmission(prisma, { userId, problemSlug: slug, kind: 'run', language: 'python', code: 'def f(): pass' })).rejects.toMatchObject({ code: 'bad_request' });
    expect(await prisma.submission.count({ where: { userId } })).toBe(0);
  });

  it('is remembered per user', async () => {
    const userId = await newUser();
    expect(await getPreferredLanguage(prisma, { userId })).toBe('typescript');
    await setPreferredLanguage(prisma, { userId, language: 'python' });
    expect(await getPreferredLanguage(prisma, { userId })).toBe('python');
    expect(await getPreferredLanguage(prisma, { userId: await newUser() })).toBe('typescript');
  });
});
