import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '../../grader/index';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { overBudgetFlags, userFlag, userQueueName } from '../../lib/server/queue/fair-queue';
import { seedUser } from '../../lib/server/seed/seed-user';
import { createSubmission } from '../../lib/server/submissions/create-submission';
import { GRADING_BUDGET_SECONDS, MAX_PENDING_PER_USER, QUICK_JOB_SECONDS } from '../../lib/server/submissions/limits';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
const root = path.resolve(import.meta.dirname, '../..');
const newUser = async (name: string) => (await seedUser(prisma, { email: uniqueEmail(name), name, password: 'password-1' })).id;
const submitAs = (userId: string) => createSubmission(prisma, { userId, problemSlug: 'stable-softmax', kind: 'run', code: 'export const softmax = (z: number[][]) => z;' });

type JobRow = { key: string; queue_name: string | null; priority: number; flags: Record<string, true> | null };
const jobsOf = (ids: string[]) =>
  prisma.$queryRaw<JobRow[]>`SELECT key, queue_name, priority, flags FROM graphile_worker.jobs WHERE key = ANY(${ids}::text[]) ORDER BY priority, run_at, id`;

beforeAll(async () => {
  await syncProblems(prisma, { packages: (await listProblems(path.join(root, 'problems'))).problems });
});
afterAll(async () => {
  // no worker runs in this file: the jobs it queued must not reach the next file's workers
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE task_id IN (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'grade_submission')`;
  await prisma.$disconnect();
});

describe('the fair queue: where a grading job goes', () => {
  it("puts each user's jobs in the user's own queue, flagged with the user", async () => {
    const userId = await newUser('own-queue');
    const { id } = await submitAs(userId);
    const [job] = await jobsOf([id]);
    expect(job).toMatchObject({ queue_name: userQueueName(userId), priority: 0, flags: { [userFlag(userId)]: true } });
  });

  it("ranks a user's k-th waiting job after everyone's earlier ones: round robin between users", async () => {
    const [busy, other] = [await newUser('busy'), await newUser('other')];
    const first = await submitAs(busy);
    const second = await submitAs(busy);
    const third = await submitAs(busy);
    const others = await submitAs(other);
    const order = (await jobsOf([first.id, second.id, third.id, others.id])).map((j) => [j.key, j.priority]);
    // graphile-worker takes the lowest priority first: the other user's first job comes before the busy user's second
    expect(order).toEqual([
      [first.id, 0],
      [others.id, 0],
      [second.id, 1],
      [third.id, 2],
    ]);
  });

  it('ranks the jobs of a user past their grading budget after everyone within theirs, and names the user for the reserved slot', async () => {
    const [slow, quick] = [await newUser('slow'), await newUser('quick')];
    const problem = await prisma.problem.findUniqueOrThrow({ where: { slug: 'stable-softmax' }, select: { id: true, version: true } });
    const graded = (userId: string, seconds: number, endedSecondsAgo: number) =>
      prisma.submission.create({
        data: {
          ...{ userId, problemId: problem.id, problemVersion: problem.version, kind: 'submit' as const, code: 'x', status: 'done' as const, verdict: 'accepted' as const },
          createdAt: new Date(Date.now() - (endedSecondsAgo + seconds) * 1000),
          startedAt: new Date(Date.now() - (endedSecondsAgo + seconds) * 1000),
          finishedAt: new Date(Date.now() - endedSecondsAgo * 1000),
        },
      });
    // two slow jobs in the last minute, each a budget past its free first seconds (sleeping costs as much as computing)
    for (const ago of [70, 90]) await graded(slow, QUICK_JOB_SECONDS + GRADING_BUDGET_SECONDS, ago);
    // many quick ones: a correct solution's grading costs nothing
    for (let ago = 70; ago < 270; ago += 10) await graded(quick, QUICK_JOB_SECONDS - 0.5, ago);

    const slowJob = await submitAs(slow);
    const quickJob = await submitAs(quick);
    const [first, second] = await jobsOf([slowJob.id, quickJob.id]);
    expect(first).toMatchObject({ key: quickJob.id, priority: 0 });
    expect(second).toMatchObject({ key: slowJob.id, priority: 200 });
    const flags = await overBudgetFlags(prisma);
    expect(flags).toContain(userFlag(slow));
    expect(flags).not.toContain(userFlag(quick));
  });

  it(`refuses a run or submit while ${MAX_PENDING_PER_USER} of the user's are waiting, saving nothing`, async () => {
    const userId = await newUser('backlog');
    for (let i = 0; i < MAX_PENDING_PER_USER; i++) await submitAs(userId);
    await expect(submitAs(userId)).rejects.toMatchObject({ code: 'too_many_requests', message: expect.stringMatching(/waiting for their results/) });
    expect(await prisma.submission.count({ where: { userId } })).toBe(MAX_PENDING_PER_USER);
  });
});
