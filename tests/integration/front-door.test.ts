import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { compactCodeHistory } from '../../lib/server/drafts/compact-code-history';
import { saveDraft } from '../../lib/server/drafts/save-draft';
import { measureTimeSpent } from '../../lib/server/progress/measure-time-spent';
import { consumeRateLimit, readRateLimit } from '../../lib/server/rate-limit/consume-rate-limit';
import { pruneRateLimits } from '../../lib/server/rate-limit/prune-rate-limits';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const rule = (limit: number, windowMs = 60_000) => ({ key: `test:${randomUUID()}`, limit, windowMs });

describe('rate limits in PostgreSQL', () => {
  it('count events in a window that opens at the first one, and say when it ends', async () => {
    const r = rule(3);
    const t0 = Date.UTC(2026, 0, 1, 12, 0, 0);
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await consumeRateLimit(prisma, r, t0 + i * 10_000));
    expect(states.map((s) => [s.count, s.allowed, s.remaining])).toEqual([[1, true, 2], [2, true, 1], [3, true, 0], [4, false, 0]]);
    expect(states[3]!.retryAfterSeconds).toBe(30);
    expect(await readRateLimit(prisma, r, t0 + 59_000)).toMatchObject({ count: 4, allowed: false });
    // the window ends a minute after its first event: the next event opens a new one
    expect(await readRateLimit(prisma, r, t0 + 60_000)).toMatchObject({ count: 0, allowed: true, remaining: 3 });
    expect(await consumeRateLimit(prisma, r, t0 + 61_000)).toMatchObject({ count: 1, allowed: true, retryAfterSeconds: 60 });
  });

  it('hold when many processes count at once', async () => {
    const r = rule(25);
    const states = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(prisma, r)));
    expect(states.filter((s) => s.allowed)).toHaveLength(25);
    expect(states.map((s) => s.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('are pruned once their window is long over', async () => {
    const r = rule(1);
    await consumeRateLimit(prisma, r, Date.UTC(2020, 0, 1));
    expect(await pruneRateLimits(prisma, { before: new Date(Date.UTC(2021, 0, 1)) })).toBeGreaterThanOrEqual(1);
    expect(await prisma.rateLimitCounter.count({ where: { key: r.key } })).toBe(0);
  });
});

async function newProblem() {
  const slug = `p-${randomUUID().slice(0, 8)}`;
  return prisma.problem.create({
    data: { slug, title: slug, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64 },
  });
}

describe('draft saves', () => {
  it('are limited per user, and a refused save stores nothing', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail('drafts'), name: 'D', password: 'password-1' });
    const problem = await newProblem();
    const results = [];
    for (let i = 0; i < 62; i++) results.push(await saveDraft(prisma, { userId: user.id, problemSlug: problem.slug, code: `// ${i}` }).then(() => 'saved', (e: { code?: string; retryAfterSeconds?: number }) => `${e.code} ${e.retryAfterSeconds! > 0}`));
    expect(results.filter((r) => r === 'saved')).toHaveLength(60);
    expect(results.slice(60)).toEqual(['too_many_requests true', 'too_many_requests true']);
    expect(await prisma.codeSnapshot.count({ where: { userId: user.id } })).toBe(60);
    expect((await prisma.draft.findFirstOrThrow({ where: { userId: user.id } })).code).toBe('// 59');
  });
});

describe('code history compaction', () => {
  it('keeps the first and last autosave of every 10 minutes older than the cut-off, runs and submits and attempts untouched, and active time unchanged', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail('compact'), name: 'C', password: 'password-1' });
    const problem = await newProblem();
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    // an autosave every minute for 35 minutes, a pause, then 3 more
    const minutes = [...Array.from({ length: 35 }, (_, i) => i), 60, 61, 62];
    await prisma.codeSnapshot.createMany({ data: minutes.map((m, i) => ({ userId: user.id, problemId: problem.id, seq: i + 1, code: `// ${m}`, takenAt: new Date(t0 + m * 60_000) })) });
    await prisma.submission.create({ data: { userId: user.id, problemId: problem.id, problemVersion: 'v1', kind: 'run', code: '', createdAt: new Date(t0 + 20 * 60_000) } });
    const attempt = await prisma.codeSnapshot.count({ where: { attemptId: { not: null } } });
    const before = await measureTimeSpent(prisma, { userId: user.id });

    const removed = await compactCodeHistory(prisma, { olderThan: new Date(t0 + 61 * 60_000), bucketMinutes: 10 });

    const kept = (await prisma.codeSnapshot.findMany({ where: { userId: user.id }, orderBy: { seq: 'asc' }, select: { takenAt: true } })).map((s) => (s.takenAt.getTime() - t0) / 60_000);
    expect(kept).toEqual([0, 9, 10, 19, 20, 29, 30, 34, 60, 61, 62]);
    expect(removed).toBe(minutes.length - kept.length);
    expect(await prisma.submission.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.codeSnapshot.count({ where: { attemptId: { not: null } } })).toBe(attempt);
    expect(await measureTimeSpent(prisma, { userId: user.id })).toEqual(before);
  });
});
