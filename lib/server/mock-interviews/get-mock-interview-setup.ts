import { databaseNow } from '../attempts/database-now';
import type { PrismaClient } from '../db/client';
import { topicLabel } from '../../shared/topic-labels';
import type { DifficultyMix } from '../../shared/mock-interviews';

export type MockInterviewSetup = {
  /** every topic of the active catalog, with how many problems of each difficulty it has and how many of them the candidate has not solved */
  topics: { topic: string; label: string; problems: DifficultyMix; unsolved: number }[];
  /** the mock interview still running, if any (only one runs at a time) */
  running: { attemptId: string; deadlineAt: string } | null;
};

/** What the **Mock interview** form offers this candidate. */
export async function getMockInterviewSetup(prisma: PrismaClient, { userId }: { userId: string }): Promise<MockInterviewSetup> {
  const now = await databaseNow(prisma);
  const [problems, solved, running] = await Promise.all([
    prisma.problem.findMany({ where: { active: true }, select: { id: true, topic: true, difficulty: true } }),
    prisma.submission.groupBy({ by: ['problemId'], where: { userId, kind: 'submit', verdict: 'accepted' } }),
    prisma.attempt.findFirst({ where: { candidateId: userId, mockInterview: { isNot: null }, finishedAt: null, deadlineAt: { gt: now } }, select: { id: true, deadlineAt: true } }),
  ]);
  const solvedIds = new Set(solved.map((s) => s.problemId));
  const byTopic = new Map<string, MockInterviewSetup['topics'][number]>();
  for (const p of problems) {
    const entry = byTopic.get(p.topic) ?? { topic: p.topic, label: topicLabel(p.topic), problems: { easy: 0, medium: 0, hard: 0 }, unsolved: 0 };
    entry.problems[p.difficulty]++;
    if (!solvedIds.has(p.id)) entry.unsolved++;
    byTopic.set(p.topic, entry);
  }
  return {
    topics: [...byTopic.values()].sort((a, b) => a.label.localeCompare(b.label)),
    running: running && { attemptId: running.id, deadlineAt: running.deadlineAt.toISOString() },
  };
}
