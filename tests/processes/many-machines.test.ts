import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../lib/server/db/embedded-postgres';
import { createPrismaClient, type PrismaClient } from '../../lib/server/db/client';
import { awaitVerdict, signUp, submit, whoAmI, HttpClientError } from '../../scripts/grader-http-client';
import { freePort, Launcher, ROOT, tempDir } from './helpers';

// two web machines and two worker machines, each with its own data folder, on one PostgreSQL
let database: EmbeddedDatabase;
let prisma: PrismaClient;
const launchers: Launcher[] = [];
let webA: URL;
let webB: URL;
let solution = '';

async function machine(env: Record<string, string>): Promise<Launcher> {
  const launcher = new Launcher({ DATABASE_URL: database.url, DATA_DIR: await tempDir('machine'), ...env });
  launchers.push(launcher);
  return launcher;
}

async function webMachine(): Promise<URL> {
  const port = await freePort();
  const launcher = await machine({ WEB_SERVER: 'on', GRADING_WORKERS: '0', PORT: String(port) });
  await launcher.waitForLine(/\[web\] Next\.js production server/);
  return new URL(`http://localhost:${port}`);
}

async function workerMachine(): Promise<void> {
  const launcher = await machine({ WEB_SERVER: 'off', GRADING_WORKERS: '1', WORKER_CONCURRENCY: '2' });
  await launcher.waitForLine(/\[worker\] expected values ready/);
}

beforeAll(async () => {
  database = await startEmbeddedDatabase({ dataDir: path.join(await tempDir('machines-pg'), 'pg'), port: await freePort(), databaseName: 'machines' });
  prisma = createPrismaClient(database.url);
  // started together: they set the database up one at a time (migrations, problems)
  [webA, webB] = await Promise.all([webMachine(), webMachine(), workerMachine()]);
  solution = await readFile(path.join(ROOT, 'problems/stable-softmax/solution.ts'), 'utf8');
}, 900_000);

afterAll(async () => {
  await Promise.all(launchers.map((l) => l.stop()));
  await prisma?.$disconnect();
  await database?.stop();
});

/** `npm run loadtest -- --json` against both web processes; its figures. */
async function loadTest(users: number, seconds: number): Promise<Record<string, unknown> & { lost: number; errors: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/loadtest.ts', '--url', `${webA.origin},${webB.origin}`, '--users', String(users), '--seconds', String(seconds), '--drain', '90', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise((resolve) => child.once('exit', resolve));
  console.log(output);
  const json = output.trim().split('\n').at(-1)!;
  return JSON.parse(json) as Record<string, unknown> & { lost: number; errors: number };
}

describe('two web and two worker processes on one PostgreSQL', () => {
  it('takes a session signed in on one web process on the other, and a sign-out on either ends it on both', async () => {
    const session = await signUp(webA, `machines-${Date.now()}@example.test`, 'Two machines');
    expect((await whoAmI(webB, session)).email).toBe(session.email);
    const out = await fetch(new URL('/api/auth/sign-out', webB), { method: 'POST', headers: { Cookie: session.cookie, Origin: webB.origin, 'Content-Type': 'application/json' }, body: '{}' });
    expect(out.ok).toBe(true);
    await expect(whoAmI(webA, session)).rejects.toMatchObject({ status: 401 } satisfies Partial<HttpClientError>);
  });

  it('follows a submission sent to one web process on the event stream of the other', async () => {
    const session = await signUp(webA, `events-${Date.now()}@example.test`, 'Events');
    const viaA = await submit(webA, session, { problemSlug: 'stable-softmax', kind: 'submit', code: solution });
    const viaB = await submit(webB, session, { problemSlug: 'stable-softmax', kind: 'run', code: solution });
    const [onB, onA] = await Promise.all([
      awaitVerdict(webB, session, viaA, { signal: AbortSignal.timeout(120_000) }),
      awaitVerdict(webA, session, viaB, { signal: AbortSignal.timeout(120_000) }),
    ]);
    expect([onB.view.verdict, onA.view.verdict]).toEqual(['accepted', 'accepted']);
  });

  it('serves one load test with one worker and then two, losing and duplicating no verdict', async () => {
    const one = await loadTest(12, 45);
    expect(one).toMatchObject({ lost: 0, errors: 0 });
    await workerMachine();
    const alive = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "WorkerHeartbeat" WHERE "seenAt" > now() - interval '5 seconds'`;
    expect(alive[0]!.n).toBe(2);
    const two = await loadTest(12, 45);
    expect(two).toMatchObject({ lost: 0, errors: 0 });
    console.log(`[many machines] load test, 2 web processes, 1 worker: ${JSON.stringify(one)}`);
    console.log(`[many machines] load test, 2 web processes, 2 workers: ${JSON.stringify(two)}`);

    // every load-test submission has exactly one verdict and one set of results; no job is left behind
    const submissions = await prisma.submission.findMany({ where: { user: { email: { startsWith: 'loadtest-' } } }, select: { id: true, status: true, verdict: true, testResults: { select: { ordinal: true } } } });
    expect(submissions.length).toBe(Number(one.sent) + Number(two.sent));
    for (const s of submissions) {
      expect(s).toMatchObject({ status: 'done', verdict: 'accepted' });
      expect(s.testResults.map((t) => t.ordinal).sort((a, b) => a - b)).toEqual(s.testResults.map((_, i) => i));
    }
    const jobs = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = ANY(${submissions.map((s) => s.id)}::text[])`;
    expect(jobs[0]!.n).toBe(0);
  });
});
