import type { PrismaClient } from '../db/client';
import type { CatalogEntry, ProblemStatus } from '../../shared/catalog-view';

export type ListCatalogOptions = { userId: string };

/**
 * Every active problem with this user's status on it: solved (an accepted Submit, in either language),
 * attempted (any Run or Submit), or new, what it teaches and the languages it can be solved in. The page filters, searches and groups them in the browser
 * (lib/shared/catalog-view.ts), so filters apply as they change.
 */
export async function listCatalog(prisma: PrismaClient, { userId }: ListCatalogOptions): Promise<CatalogEntry[]> {
  const [problems, tried, solved] = await Promise.all([
    prisma.problem.findMany({ where: { active: true }, select: { id: true, slug: true, title: true, topic: true, difficulty: true, teaches: true, pythonEntry: true }, orderBy: { title: 'asc' } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId, kind: 'submit', verdict: 'accepted' } }),
  ]);
  const triedIds = new Set(tried.map((t) => t.problemId));
  const solvedIds = new Set(solved.map((s) => s.problemId));
  return problems.map(({ id, slug, title, topic, difficulty, teaches, pythonEntry }) => {
    const status: ProblemStatus = solvedIds.has(id) ? 'solved' : triedIds.has(id) ? 'attempted' : 'new';
    return { slug, title, topic, difficulty, status, teaches, languages: pythonEntry === null ? ['typescript'] : ['typescript', 'python'] };
  });
}
