import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import { attemptIdentity, candidateIdentity, identitySelect, type CandidateIdentity } from '../assessments/candidate-label';
import type { PrismaClient } from '../db/client';
import { readScorecard, type DecisionName, type ScorecardEntry } from '../reviews/schemas';
import { attemptStatus, type AttemptStatus } from '../../shared/attempt-status';
import type { VerdictName } from '../../shared/submission-view';
import { databaseNow } from './database-now';
import { measureAttemptResults } from './measure-attempt-results';

export type ReportProblem = {
  slug: string;
  title: string;
  points: number;
  /** the best graded Submit, 0..1 */
  score: number | null;
  /** the last saved code; null if never saved */
  finalCode: string | null;
  /** the Submit of the last saved code made at the end; `auto` when the deadline made it */
  final: { status: 'queued' | 'running' | 'done'; verdict: VerdictName | null; score: number | null; auto: boolean; tests: { name: string; hidden: boolean; verdict: VerdictName }[] } | null;
  runs: number;
  submits: number;
  snapshots: number;
};

export type AttemptReport = {
  attemptId: string;
  assessment: { id: string; title: string; organizationId: string };
  candidate: CandidateIdentity;
  status: AttemptStatus;
  startedAt: string;
  deadlineAt: string;
  finishedAt: string | null;
  grantedMinutes: number;
  secondsUsed: number;
  score: number | null;
  problems: ReportProblem[];
  /** signals, never verdicts */
  pastes: { at: string; problem: string | null; chars: number; lines: number }[];
  focusLosses: { at: string; problem: string | null; seconds: number; returned: boolean }[];
  flags: { id: string; problem: string; other: string; similarity: number; reviewed: boolean }[];
  criteria: string[];
  reviews: { reviewer: string; mine: boolean; scorecard: ScorecardEntry[]; notes: string; decision: DecisionName | null; updatedAt: string }[];
};

export type GetAttemptReportOptions = { userId: string; attemptId: string };

/**
 * The reviewer's report on one attempt: scores, each test's name and verdict (never its data), final
 * code, time used, signals, similarity flags, and the scorecards. Staff of the assessment's
 * organization only; candidates never see it.
 */
export async function getAttemptReport(prisma: PrismaClient, { userId, attemptId }: GetAttemptReportOptions): Promise<AttemptReport> {
  await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'staff' });
  const [attempt, now, results] = await Promise.all([
    prisma.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true, grantedMinutes: true,
        assessmentCandidate: {
          select: {
            number: true, candidate: { select: { name: true, email: true } },
            assessment: { select: { id: true, title: true, organizationId: true, anonymousReview: true, organization: { select: { scorecardCriteria: true } } } },
          },
        },
        problems: {
          orderBy: { position: 'asc' },
          select: {
            problemId: true, points: true, code: true,
            problem: { select: { slug: true, title: true } },
            finalSubmission: { select: { testResults: { orderBy: { ordinal: 'asc' }, select: { name: true, hidden: true, verdict: true } } } },
          },
        },
        signals: { orderBy: { at: 'asc' }, select: { kind: true, problemId: true, at: true, endedAt: true, chars: true, lines: true } },
        reviews: { orderBy: { createdAt: 'asc' }, select: { reviewerId: true, reviewer: { select: { name: true } }, scorecard: true, notes: true, decision: true, updatedAt: true } },
        _count: { select: { snapshots: true } },
      },
    }),
    databaseNow(prisma),
    measureAttemptResults(prisma, { attemptIds: [attemptId] }),
  ]);
  const seat = attempt.assessmentCandidate!;
  const { assessment } = seat;
  const snapshotCounts = await prisma.codeSnapshot.groupBy({ by: ['problemId'], where: { attemptId }, _count: { _all: true } });
  const title = new Map(attempt.problems.map((p) => [p.problemId, p.problem.title]));
  const end = attempt.finishedAt ?? (now < attempt.deadlineAt ? now : attempt.deadlineAt);
  const mine = attempt.reviews.find((r) => r.reviewerId === userId);
  const result = results.get(attemptId);
  const flags = await prisma.similarityFlag.findMany({
    where: { OR: [{ leftAttemptId: attemptId }, { rightAttemptId: attemptId }] },
    orderBy: { similarity: 'desc' },
    select: {
      id: true, similarity: true, reviewedAt: true, leftAttemptId: true, problem: { select: { title: true } },
      leftAttempt: { select: identitySelect(userId) },
      rightAttempt: { select: identitySelect(userId) },
    },
  });
  return {
    attemptId,
    assessment: { id: assessment.id, title: assessment.title, organizationId: assessment.organizationId },
    candidate: candidateIdentity({ anonymous: assessment.anonymousReview, decided: Boolean(mine?.decision), number: seat.number, ...seat.candidate }),
    status: attemptStatus(attempt, now),
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    grantedMinutes: attempt.grantedMinutes,
    secondsUsed: Math.round((end.getTime() - attempt.startedAt.getTime()) / 1000),
    score: result?.score ?? null,
    problems: attempt.problems.map((p, i): ReportProblem => {
      const measured = result?.problems[i];
      return {
        slug: p.problem.slug,
        title: p.problem.title,
        points: p.points,
        score: measured?.score ?? null,
        finalCode: p.code,
        final: measured?.final ? { status: measured.final.status, verdict: measured.final.verdict, score: measured.final.score, auto: attempt.endedBy === 'deadline', tests: p.finalSubmission?.testResults ?? [] } : null,
        runs: measured?.runs ?? 0,
        submits: measured?.submits ?? 0,
        snapshots: snapshotCounts.find((c) => c.problemId === p.problemId)?._count._all ?? 0,
      };
    }),
    pastes: attempt.signals.filter((s) => s.kind === 'paste').map((s) => ({ at: s.at.toISOString(), problem: s.problemId ? (title.get(s.problemId) ?? null) : null, chars: s.chars ?? 0, lines: s.lines ?? 0 })),
    focusLosses: attempt.signals
      .filter((s) => s.kind === 'focus_lost')
      .map((s) => ({ at: s.at.toISOString(), problem: s.problemId ? (title.get(s.problemId) ?? null) : null, seconds: Math.round(((s.endedAt ?? end).getTime() - s.at.getTime()) / 1000), returned: s.endedAt !== null })),
    flags: flags.map((f) => {
      const other = f.leftAttemptId === attemptId ? f.rightAttempt : f.leftAttempt;
      return {
        id: f.id,
        problem: f.problem.title,
        other: attemptIdentity(other, assessment.anonymousReview).label,
        similarity: f.similarity,
        reviewed: f.reviewedAt !== null,
      };
    }),
    criteria: assessment.organization.scorecardCriteria,
    reviews: attempt.reviews.map((r) => ({ reviewer: r.reviewer.name, mine: r.reviewerId === userId, scorecard: readScorecard(r.scorecard), notes: r.notes, decision: r.decision, updatedAt: r.updatedAt.toISOString() })),
  };
}
