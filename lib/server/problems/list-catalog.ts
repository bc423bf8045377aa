import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import type { LanguageName } from '../../shared/languages';

export const CatalogFilter = z.object({
  topic: z.string().max(60).optional().catch(undefined),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional().catch(undefined),
  status: z.enum(['solved', 'attempted', 'new']).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type CatalogFilter = z.infer<typeof CatalogFilter>;

export type ProblemStatus = 'solved' | 'attempted' | 'new';
export type CatalogEntry = { slug: string; title: string; topic: string; difficulty: 'easy' | 'medium' | 'hard'; status: ProblemStatus; languages: LanguageName[] };

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/**
 * Every active problem with this user's status on it: solved (an accepted Submit, in either language),
 * attempted (any Run or Submit), or new; and the languages it can be solved in. Filters are applied after the status is known.
 */
export type ListCatalogOptions = { userId: string; filter: CatalogFilter };

export async function listCatalog(prisma: PrismaClient, { userId, filter }: ListCatalogOptions): Promise<{ entries: CatalogEntry[]; topics: string[] }> {
  const [problems, tried, solved] = await Promise.all([
    prisma.problem.findMany({ where: { active: true }, select: { id: true, slug: true, title: true, topic: true, difficulty: true, pythonEntry: true } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId, kind: 'submit', verdict: 'accepted' } }),
  ]);
  const triedIds = new Set(tried.map((t) => t.problemId));
  const solvedIds = new Set(solved.map((s) => s.problemId));
  const query = filter.q?.toLowerCase();
  const entries = problems
    .map((p) => ({ ...p, status: (solvedIds.has(p.id) ? 'solved' : triedIds.has(p.id) ? 'attempted' : 'new') as ProblemStatus }))
    .filter((p) => (!filter.topic || p.topic === filter.topic) && (!filter.difficulty || p.difficulty === filter.difficulty))
    .filter((p) => (!filter.status || p.status === filter.status) && (!query || p.title.toLowerCase().includes(query) || p.slug.includes(query)))
    .sort((a, b) => a.topic.localeCompare(b.topic) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title))
    .map(({ slug, title, topic, difficulty, status, pythonEntry }) => ({
      slug, title, topic, difficulty, status,
      languages: pythonEntry === null ? ['typescript'] : ['typescript', 'python'],
    }) satisfies CatalogEntry);
  const topics = [...new Set(problems.map((p) => p.topic))].sort();
  return { entries, topics };
}
