import type { PrismaClient } from '../db/client';
import { findSimilarPairs } from './find-similar-pairs';

/**
 * Pairs at or above this similarity are flagged. Measured on kmeans-lloyd (tests/unit/similarity): a
 * renamed and reformatted copy scores 0.90, independent correct solutions 0.06–0.22.
 */
export const SIMILARITY_THRESHOLD = 0.5;

export type FlagSimilarCodeOptions = { assessmentId: string };

/**
 * Compares the final code of every ended attempt of an assessment, problem by problem, and records
 * the pairs above the threshold as flags for reviewers. Final code never changes once an attempt has
 * ended, so a pair's figures never change either: running again adds the new attempts' pairs and
 * keeps what reviewers marked.
 */
export async function flagSimilarCode(prisma: PrismaClient, { assessmentId }: FlagSimilarCodeOptions): Promise<{ flagged: number }> {
  const items = await prisma.attemptProblem.findMany({
    where: { code: { not: null }, attempt: { finishedAt: { not: null }, assessmentCandidate: { assessmentId } } },
    select: { attemptId: true, problemId: true, code: true, problem: { select: { starterCode: true } } },
  });
  const byProblem = new Map<string, { starterCode: string; codes: { id: string; code: string }[] }>();
  for (const item of items) {
    const group = byProblem.get(item.problemId) ?? { starterCode: item.problem.starterCode, codes: [] };
    group.codes.push({ id: item.attemptId, code: item.code! });
    byProblem.set(item.problemId, group);
  }
  let flagged = 0;
  for (const [problemId, group] of byProblem) {
    // ordered by id, so each pair is always stored the same way round
    group.codes.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const pair of findSimilarPairs({ language: 'typescript', codes: group.codes, starterCode: group.starterCode, threshold: SIMILARITY_THRESHOLD })) {
      const figures = { similarity: pair.similarity, longestFragment: pair.longestFragment, fragments: pair.fragments, computedAt: new Date() };
      await prisma.similarityFlag.upsert({
        where: { problemId_leftAttemptId_rightAttemptId: { problemId, leftAttemptId: pair.leftId, rightAttemptId: pair.rightId } },
        create: { assessmentId, problemId, leftAttemptId: pair.leftId, rightAttemptId: pair.rightId, ...figures },
        update: figures,
      });
      flagged++;
    }
  }
  return { flagged };
}
