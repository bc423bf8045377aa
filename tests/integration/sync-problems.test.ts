import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { listProblems } from '../../grader/index';
import { syncProblems } from '../../lib/server/problems/sync-problems';
import { testPrisma } from './helpers';

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe('syncProblems', () => {
  it('creates every package, then changes nothing on a second run', async () => {
    const { problems } = await listProblems(path.resolve(import.meta.dirname, '../../problems'));
    expect(problems.length).toBeGreaterThan(0);
    const first = await syncProblems(prisma, { packages: problems });
    expect(first.created + first.updated + first.unchanged).toBe(problems.length);
    const second = await syncProblems(prisma, { packages: problems });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: problems.length, deactivated: 0 });
    const softmax = await prisma.problem.findUnique({ where: { slug: 'stable-softmax' }, select: { entry: true, version: true, active: true } });
    expect(softmax).toMatchObject({ entry: 'softmax', active: true });
  }, 120_000); // reads and upserts every package (260+) twice

  it('takes a new version when the content hash changes and retires a package that disappeared', async () => {
    const { problems } = await listProblems(path.resolve(import.meta.dirname, '../../problems'));
    await syncProblems(prisma, { packages: problems });
    const [first, ...rest] = problems;
    const changed = { ...first!, version: 'changed-version' };
    const summary = await syncProblems(prisma, { packages: [changed, ...rest.slice(1)] });
    expect(summary.updated).toBe(1);
    expect(summary.deactivated).toBe(1);
    const retired = await prisma.problem.findUnique({ where: { slug: rest[0]!.slug }, select: { active: true } });
    expect(retired?.active).toBe(false);
    await syncProblems(prisma, { packages: problems });
    const restored = await prisma.problem.findUnique({ where: { slug: rest[0]!.slug }, select: { active: true } });
    expect(restored?.active).toBe(true);
  });
});
