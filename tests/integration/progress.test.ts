import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { getProgress } from '../../lib/server/progress/get-progress';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A topic no other test uses, so its per-topic counts are this test's alone. */
const uniqueTopic = () => `topic-${randomUUID().slice(0, 8)}`;

async function newUser() {
  return seedUser(prisma, { email: uniqueEmail('progress'), name: 'P', password: 'password-1' });
}

async function newProblem(topic: string, active = true) {
  const slug = `p-${randomUUID().slice(0, 8)}`;
  return prisma.problem.create({
    data: {
      slug, title: `Title ${slug}`, topic, difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number',
      statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64, active,
    },
  });
}

type Verdict = 'accepted' | 'wrong_answer' | 'runtime_error';
async function submit(userId: string, problemId: string, kind: 'run' | 'submit', verdict: Verdict | null, createdAt = new Date()) {
  return prisma.submission.create({
    data: { userId, problemId, problemVersion: 'v1', kind, code: '', createdAt, ...(verdict ? { status: 'done', verdict, score: verdict === 'accepted' ? 1 : 0.5 } : {}) },
  });
}

let seq = 0;
async function snapshot(userId: string, problemId: string, takenAt: Date) {
  await prisma.codeSnapshot.create({ data: { userId, problemId, seq: seq++, code: '', takenAt } });
}

describe('getProgress', () => {
  it('counts solved, attempted and total active problems per topic, and never another user’s', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const [topicA, topicB] = [uniqueTopic(), uniqueTopic()];
    const [a1, a2, a3, b1, retired] = [await newProblem(topicA), await newProblem(topicA), await newProblem(topicA), await newProblem(topicB), await newProblem(topicB, false)];
    await submit(me.id, a1.id, 'submit', 'wrong_answer');
    await submit(me.id, a1.id, 'submit', 'accepted');
    await submit(me.id, a2.id, 'run', 'accepted'); // an accepted Run is not a solve
    await submit(me.id, a2.id, 'submit', null); // still queued: attempted, not graded
    await submit(me.id, retired.id, 'submit', 'accepted'); // no longer in the catalog
    await submit(other.id, a3.id, 'submit', 'accepted');
    await submit(other.id, b1.id, 'submit', 'accepted');

    const progress = await getProgress(prisma, { userId: me.id });

    expect(progress.byTopic.find((t) => t.topic === topicA)).toMatchObject({ label: topicA, solved: 1, attempted: 1, total: 3 });
    expect(progress.byTopic.find((t) => t.topic === topicB)).toMatchObject({ solved: 0, attempted: 0, total: 1 });
    expect(progress.totals).toMatchObject({ solved: 1, attempted: 1, submitsGraded: 3, submitsAccepted: 2, runs: 1 });
    expect(progress.totals.acceptanceRate).toBeCloseTo(2 / 3);
    expect(progress.totals.activeProblems).toBe(await prisma.problem.count({ where: { active: true } }));
    expect(progress.byTopic.reduce((sum, t) => sum + t.total, 0)).toBe(progress.totals.activeProblems);
  });

  it('sorts topics by their label', async () => {
    const id = randomUUID().slice(0, 8);
    await newProblem(`zz-${id}`);
    await newProblem(`aa-${id}`);
    const labels = (await getProgress(prisma, { userId: (await newUser()).id })).byTopic.map((t) => t.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(labels.indexOf(`aa-${id}`)).toBeLessThan(labels.indexOf(`zz-${id}`));
  });

  it('lists the last 20 Runs and Submits, newest first, with their problem', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const problem = await newProblem(uniqueTopic());
    const mine = [];
    for (let i = 0; i < 25; i++) mine.push(await submit(me.id, problem.id, i % 2 ? 'run' : 'submit', 'wrong_answer', at(i)));
    await submit(other.id, problem.id, 'submit', 'accepted', at(100));

    const { recent } = await getProgress(prisma, { userId: me.id });

    expect(recent.map((r) => r.id)).toEqual(mine.slice(5).reverse().map((s) => s.id));
    expect(recent[0]).toEqual({
      id: mine[24]!.id, problemSlug: problem.slug, problemTitle: problem.title, kind: 'submit', status: 'done', verdict: 'wrong_answer', score: 0.5, createdAt: at(24).toISOString(),
    });
  });

  it('counts as time spent only gaps of at most 10 minutes, toward the later event’s topic', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const [topicA, topicB] = [uniqueTopic(), uniqueTopic()];
    const [a, b] = [await newProblem(topicA), await newProblem(topicB)];
    await snapshot(me.id, a.id, at(0));
    await snapshot(me.id, a.id, at(3));
    await submit(me.id, a.id, 'submit', 'wrong_answer', at(5));
    await snapshot(me.id, b.id, at(60)); // after an hour away: counts nothing
    await submit(me.id, b.id, 'run', 'accepted', at(62));
    // another user's events would bridge the idle hour if they leaked in
    for (const m of [10, 20, 30, 40, 50]) await snapshot(other.id, b.id, at(m));

    const progress = await getProgress(prisma, { userId: me.id });

    expect(progress.timeSpentMinutes).toBe(7);
    expect(progress.byTopic.find((t) => t.topic === topicA)?.timeSpentMinutes).toBe(5);
    expect(progress.byTopic.find((t) => t.topic === topicB)?.timeSpentMinutes).toBe(2);
    expect(progress.lastActiveAt).toBe(at(62).toISOString());
  });

  it('counts a gap of exactly 10 minutes and not one a second longer', async () => {
    const me = await newUser();
    const problem = await newProblem(uniqueTopic());
    await snapshot(me.id, problem.id, at(0));
    await snapshot(me.id, problem.id, at(10));
    await snapshot(me.id, problem.id, new Date(at(20).getTime() + 1000));

    expect((await getProgress(prisma, { userId: me.id })).timeSpentMinutes).toBe(10);
  });

  it('shows an empty record for a user with no activity', async () => {
    const progress = await getProgress(prisma, { userId: (await newUser()).id });
    expect(progress.totals).toMatchObject({ solved: 0, attempted: 0, submitsGraded: 0, submitsAccepted: 0, acceptanceRate: null, runs: 0 });
    expect(progress.recent).toEqual([]);
    expect(progress.timeSpentMinutes).toBe(0);
    expect(progress.lastActiveAt).toBeNull();
    expect(progress.byTopic.every((t) => t.solved === 0 && t.attempted === 0 && t.timeSpentMinutes === 0)).toBe(true);
  });
});
