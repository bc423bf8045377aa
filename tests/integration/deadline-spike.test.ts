import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '../../grader/index';
import { saveAttemptDraft } from '../../lib/server/attempts/save-attempt-draft';
import { startAttempt } from '../../lib/server/attempts/start-attempt';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { testDatabaseUrl, testPrisma } from './helpers';
import { hiringTeam, sleep } from './hiring-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const prisma = testPrisma();
const CANDIDATES = 50;
const WORKERS = 2;
const WRONG = new Set([7, 19, 23, 31, 42]);

function startWorker(): ChildProcess {
  return spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'worker/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), WORKER_CONCURRENCY: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  await syncProblems(prisma, { packages: (await listProblems(path.join(root, 'problems'))).problems });
}, 120_000);
afterAll(() => prisma.$disconnect());

describe('deadline spike', () => {
  it(`auto-submits and grades ${CANDIDATES} attempts whose deadlines pass within the same minute, none lost or duplicated (${WORKERS} worker processes)`, async () => {
    const [solution, mistake] = await Promise.all([readFile(path.join(root, 'problems/kmeans-lloyd/solution.ts'), 'utf8'), readFile(path.join(root, 'problems/kmeans-lloyd/mistakes/stale-labels.ts'), 'utf8')]);
    const team = await hiringTeam(prisma, { slugs: ['kmeans-lloyd'], candidates: CANDIDATES, timeLimitMinutes: 1 });
    // everyone starts at once (the deadlines fall within a few seconds of each other), saves, and leaves without submitting
    const attempts: { attemptId: string; deadlineAt: Date; wrong: boolean }[] = [];
    for (const [i, candidate] of team.candidates.entries()) {
      const { attemptId, deadlineAt } = await startAttempt(prisma, { userId: candidate.id, organizationId: team.organizationId, assessmentId: team.assessmentId });
      attempts.push({ attemptId, deadlineAt: new Date(deadlineAt), wrong: WRONG.has(i) });
    }
    for (const [i, a] of attempts.entries()) await saveAttemptDraft(prisma, { userId: team.candidates[i]!.id, attemptId: a.attemptId, problemSlug: 'kmeans-lloyd', code: a.wrong ? mistake : solution });
    const firstDeadline = Math.min(...attempts.map((a) => a.deadlineAt.getTime()));
    const lastDeadline = Math.max(...attempts.map((a) => a.deadlineAt.getTime()));
    expect(lastDeadline - firstDeadline).toBeLessThan(60_000);

    const workers = Array.from({ length: WORKERS }, startWorker);
    try {
      const ids = attempts.map((a) => a.attemptId);
      const deadline = Date.now() + 5 * 60_000;
      for (;;) {
        const pending = await prisma.attempt.count({ where: { id: { in: ids }, OR: [{ finishedAt: null }, { problems: { some: { finalSubmission: { status: { not: 'done' } } } } }] } });
        if (pending === 0) break;
        if (Date.now() > deadline) throw new Error(`${pending} attempts still not ended and graded`);
        await sleep(500);
      }
    } finally {
      await Promise.all(workers.map(stopWorker));
    }

    const rows = await prisma.attempt.findMany({
      where: { id: { in: attempts.map((a) => a.attemptId) } },
      select: { id: true, deadlineAt: true, finishedAt: true, endedBy: true, problems: { select: { finalSubmission: { select: { verdict: true, finishedAt: true, code: true } } } }, _count: { select: { submissions: true } } },
    });
    expect(rows).toHaveLength(CANDIDATES);
    for (const row of rows) {
      const expected = attempts.find((a) => a.attemptId === row.id)!;
      expect(row).toMatchObject({ endedBy: 'deadline', finishedAt: row.deadlineAt, _count: { submissions: 1 } });
      expect(row.problems[0]!.finalSubmission!.verdict).toBe(expected.wrong ? 'wrong_answer' : 'accepted');
      expect(row.problems[0]!.finalSubmission!.code).toBe(expected.wrong ? mistake : solution);
    }
    const jobs = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier IN ('end_attempt', 'grade_submission')`;
    expect(jobs[0]!.n).toBe(0);

    const verdictTimes = rows.map((r) => r.problems[0]!.finalSubmission!.finishedAt!.getTime());
    const perAttempt = rows.map((r) => r.problems[0]!.finalSubmission!.finishedAt!.getTime() - r.deadlineAt.getTime()).sort((a, b) => a - b);
    console.log(
      `[deadline spike] ${CANDIDATES} attempts, deadlines within ${((lastDeadline - firstDeadline) / 1000).toFixed(1)} s, ${WORKERS} worker processes (concurrency 1 each): ` +
        `last deadline → last verdict ${((Math.max(...verdictTimes) - lastDeadline) / 1000).toFixed(1)} s; ` +
        `deadline → verdict per attempt p50 ${(perAttempt[Math.floor(CANDIDATES / 2)]! / 1000).toFixed(1)} s, max ${(perAttempt.at(-1)! / 1000).toFixed(1)} s`,
    );
  }, 420_000);
});
