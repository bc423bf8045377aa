import type { PrismaClient } from '../db/client';
import type { VerdictName } from '../../shared/submission-view';

export type ProblemResult = {
  problemId: string;
  slug: string;
  points: number;
  /** the best graded Submit of the attempt (the final one included), 0..1; null before any */
  score: number | null;
  /** the Submit of the last saved code made when the attempt ended; null if the problem was never saved */
  final: { submissionId: string; status: 'queued' | 'running' | 'done'; verdict: VerdictName | null; score: number | null } | null;
  runs: number;
  submits: number;
};

export type AttemptResult = {
  problems: ProblemResult[];
  /** points-weighted share of the best scores, 0..1; null until the attempt has ended and its final Submits are graded */
  score: number | null;
};

/** Scores of many attempts in three queries: per problem the best Submit and the final one, and in all. */
export async function measureAttemptResults(prisma: PrismaClient, { attemptIds }: { attemptIds: string[] }): Promise<Map<string, AttemptResult>> {
  const results = new Map<string, AttemptResult>();
  if (attemptIds.length === 0) return results;
  const [items, stats, ended] = await Promise.all([
    prisma.attemptProblem.findMany({
      where: { attemptId: { in: attemptIds } },
      orderBy: { position: 'asc' },
      select: { attemptId: true, problemId: true, points: true, problem: { select: { slug: true } }, finalSubmission: { select: { id: true, status: true, verdict: true, score: true } } },
    }),
    prisma.$queryRaw<{ attemptId: string; problemId: string; runs: number; submits: number; best: number | null }[]>`
      SELECT "attemptId", "problemId",
             (count(*) FILTER (WHERE kind = 'run'))::int AS runs,
             (count(*) FILTER (WHERE kind = 'submit'))::int AS submits,
             max(score) FILTER (WHERE kind = 'submit' AND status = 'done') AS best
      FROM "Submission" WHERE "attemptId" = ANY(${attemptIds}::text[])
      GROUP BY "attemptId", "problemId"`,
    prisma.attempt.findMany({ where: { id: { in: attemptIds }, finishedAt: { not: null } }, select: { id: true } }),
  ]);
  const endedIds = new Set(ended.map((a) => a.id));
  const statsOf = new Map(stats.map((s) => [`${s.attemptId}:${s.problemId}`, s]));
  for (const item of items) {
    const s = statsOf.get(`${item.attemptId}:${item.problemId}`);
    const final = item.finalSubmission;
    const problem: ProblemResult = {
      problemId: item.problemId,
      slug: item.problem.slug,
      points: item.points,
      score: s?.best ?? null,
      final: final && { submissionId: final.id, status: final.status, verdict: final.verdict, score: final.score },
      runs: s?.runs ?? 0,
      submits: s?.submits ?? 0,
    };
    const result = results.get(item.attemptId) ?? { problems: [], score: null };
    result.problems.push(problem);
    results.set(item.attemptId, result);
  }
  for (const [attemptId, result] of results) {
    const graded = endedIds.has(attemptId) && result.problems.every((p) => !p.final || p.final.status === 'done');
    const points = result.problems.reduce((sum, p) => sum + p.points, 0);
    result.score = graded && points > 0 ? result.problems.reduce((sum, p) => sum + p.points * (p.score ?? 0), 0) / points : null;
  }
  return results;
}
