import { databaseNow } from '../attempts/database-now';
import { measureAttemptResults } from '../attempts/measure-attempt-results';
import type { PrismaClient } from '../db/client';
import { readCommonMistakes } from '../problems/read-common-mistakes';
import { attemptStatus, type AttemptStatus } from '../../shared/attempt-status';
import { MOCK_PRESETS, type DifficultyMix, type DifficultyName, type DrawnProblem, type MockPresetKey } from '../../shared/mock-interviews';
import type { VerdictName } from '../../shared/submission-view';
import { getMockInterviewOrThrow } from './get-mock-interview-or-throw';
import { readMockRecord } from './read-mock-record';
import { splitTimeByProblem } from './split-time-by-problem';

export type MockReportProblem = {
  slug: string;
  title: string;
  topic: string;
  difficulty: DifficultyName;
  points: number;
  /** the best graded Submit, 0..1 */
  score: number | null;
  /** estimated from the saves (see splitTimeByProblem) */
  secondsSpent: number;
  /** why the draw picked it */
  draw: Pick<DrawnProblem, 'slot' | 'solvedBefore' | 'pool'> | null;
  /** the last saved code; null if never saved */
  finalCode: string | null;
  /** the Submit of the last saved code made at the end; `auto` when the deadline made it. Tests: name and verdict only. */
  final: { status: 'queued' | 'running' | 'done'; verdict: VerdictName | null; score: number | null; auto: boolean; tests: { name: string; hidden: boolean; verdict: VerdictName }[] } | null;
  runs: number;
  submits: number;
  snapshots: number;
  /** the package's "Common mistakes", once the interview has ended */
  commonMistakes: string[];
};

export type MockInterviewReport = {
  attemptId: string;
  preset: { key: MockPresetKey; label: string } | null;
  topics: string[];
  problemCount: number;
  mix: DifficultyMix;
  durationMinutes: number;
  status: AttemptStatus;
  startedAt: string;
  deadlineAt: string;
  finishedAt: string | null;
  secondsUsed: number;
  /** time after the last save */
  unattributedSeconds: number;
  /** 0..1, once every final Submit is graded */
  score: number | null;
  problems: MockReportProblem[];
};

/**
 * The candidate's report on their own mock interview: the settings and the draw, the score, and per
 * problem the score, time spent, each test's name and verdict (never its data), the final code beside
 * the package's common mistakes, and the counts behind the playback.
 */
export async function getMockInterviewReport(prisma: PrismaClient, { userId, attemptId }: { userId: string; attemptId: string }): Promise<MockInterviewReport> {
  await getMockInterviewOrThrow(prisma, { userId, attemptId });
  const [attempt, now, results, events] = await Promise.all([
    prisma.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true,
        mockInterview: { select: { preset: true, topics: true, problemCount: true, durationMinutes: true, difficultyMix: true, draw: true } },
        problems: {
          orderBy: { position: 'asc' },
          select: {
            problemId: true, points: true, code: true,
            problem: { select: { slug: true, title: true, topic: true, difficulty: true, commonMistakes: true } },
            finalSubmission: { select: { testResults: { orderBy: { ordinal: 'asc' }, select: { name: true, hidden: true, verdict: true } } } },
          },
        },
      },
    }),
    databaseNow(prisma),
    measureAttemptResults(prisma, { attemptIds: [attemptId] }),
    prisma.codeSnapshot.findMany({ where: { attemptId }, select: { problemId: true, takenAt: true } }),
  ]);
  const mock = attempt.mockInterview!;
  const { mix, draw } = readMockRecord(mock);
  const status = attemptStatus(attempt, now);
  const ended = attempt.finishedAt !== null;
  const end = attempt.finishedAt ?? (now < attempt.deadlineAt ? now : attempt.deadlineAt);
  const time = splitTimeByProblem({ startedAt: attempt.startedAt, endedAt: end, events: events.map((e) => ({ problemId: e.problemId, at: e.takenAt })) });
  const result = results.get(attemptId);
  // attempts are in TypeScript; the descriptions only once the interview is over
  const mistakes = ended ? attempt.problems.map((p) => readCommonMistakes(p.problem.commonMistakes).typescript) : [];
  const preset = mock.preset && mock.preset in MOCK_PRESETS ? (mock.preset as MockPresetKey) : null;
  return {
    attemptId,
    preset: preset && { key: preset, label: MOCK_PRESETS[preset].label },
    topics: mock.topics,
    problemCount: mock.problemCount,
    mix,
    durationMinutes: mock.durationMinutes,
    status,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    secondsUsed: Math.round((end.getTime() - attempt.startedAt.getTime()) / 1000),
    unattributedSeconds: Math.round(time.unattributed),
    score: result?.score ?? null,
    problems: attempt.problems.map((p, i): MockReportProblem => {
      const measured = result?.problems[i];
      const drawn = draw.find((d) => d.slug === p.problem.slug);
      return {
        ...p.problem,
        points: p.points,
        score: measured?.score ?? null,
        secondsSpent: Math.round(time.byProblem.get(p.problemId) ?? 0),
        draw: drawn ? { slot: drawn.slot, solvedBefore: drawn.solvedBefore, pool: drawn.pool } : null,
        finalCode: p.code,
        final: measured?.final ? { status: measured.final.status, verdict: measured.final.verdict, score: measured.final.score, auto: attempt.endedBy === 'deadline', tests: p.finalSubmission?.testResults ?? [] } : null,
        runs: measured?.runs ?? 0,
        submits: measured?.submits ?? 0,
        snapshots: events.filter((e) => e.problemId === p.problemId).length,
        commonMistakes: mistakes[i] ?? [],
      };
    }),
  };
}
