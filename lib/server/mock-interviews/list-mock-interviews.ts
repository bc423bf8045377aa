import { databaseNow } from '../attempts/database-now';
import { measureAttemptResults } from '../attempts/measure-attempt-results';
import type { PrismaClient } from '../db/client';
import { attemptStatus, type AttemptStatus } from '../../shared/attempt-status';
import { describeMix, MOCK_PRESETS, type MockPresetKey } from '../../shared/mock-interviews';
import { readMockRecord } from './read-mock-record';

/** The history shows this many of the latest. */
const HISTORY_LIMIT = 100;

export type MockInterviewSummary = {
  attemptId: string;
  startedAt: string;
  /** the preset's label, or "30 min: 2 medium, 1 of any difficulty" */
  label: string;
  problems: string[];
  status: AttemptStatus;
  /** 0..1, once every final Submit is graded */
  score: number | null;
};

/** The candidate's own mock interviews, latest first, with their status and score. */
export async function listMockInterviews(prisma: PrismaClient, { userId }: { userId: string }): Promise<MockInterviewSummary[]> {
  const [rows, now] = await Promise.all([
    prisma.mockInterview.findMany({
      where: { candidateId: userId, attempt: { candidateId: userId, assessmentCandidateId: null } },
      orderBy: { createdAt: 'desc' },
      take: HISTORY_LIMIT,
      select: {
        attemptId: true, preset: true, problemCount: true, durationMinutes: true, difficultyMix: true, draw: true,
        attempt: { select: { startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true, problems: { orderBy: { position: 'asc' }, select: { problem: { select: { title: true } } } } } },
      },
    }),
    databaseNow(prisma),
  ]);
  const results = await measureAttemptResults(prisma, { attemptIds: rows.map((r) => r.attemptId) });
  return rows.map((row) => {
    const preset = row.preset && row.preset in MOCK_PRESETS ? MOCK_PRESETS[row.preset as MockPresetKey].label : null;
    return {
      attemptId: row.attemptId,
      startedAt: row.attempt.startedAt.toISOString(),
      label: preset ?? `${row.durationMinutes} min: ${describeMix(row.problemCount, readMockRecord(row).mix)}`,
      problems: row.attempt.problems.map((p) => p.problem.title),
      status: attemptStatus(row.attempt, now),
      score: results.get(row.attemptId)?.score ?? null,
    };
  });
}
