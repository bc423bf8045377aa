import { MANAGERS, STAFF } from '../access/roles';
import { databaseNow } from '../attempts/database-now';
import { measureAttemptResults } from '../attempts/measure-attempt-results';
import type { PrismaClient } from '../db/client';
import { invitationUrl } from '../invitations/invitation-url';
import { invitationStatus, type InvitationStatus } from '../invitations/schemas';
import { attemptStatus, type AttemptStatus } from '../../shared/attempt-status';
import { candidateIdentity, type CandidateIdentity } from './candidate-label';
import { getAssessmentOrThrow } from './get-assessment-or-throw';

export type SeatView = CandidateIdentity & {
  seatId: string;
  number: number;
  extraTimeMinutes: number;
  extraTimePercent: number;
  status: AttemptStatus;
  attemptId: string | null;
  startedAt: string | null;
  deadlineAt: string | null;
  finishedAt: string | null;
  /** from start to the end (or now, while running) */
  secondsUsed: number | null;
  /** 0..1 once graded */
  score: number | null;
  /** best Submit per problem of the attempt, 0..1 */
  problemScores: { slug: string; score: number | null }[];
  /** signals, never verdicts */
  pastes: number;
  focusLosses: number;
  decisions: { advance: number; hold: number; reject: number };
  myDecision: 'advance' | 'hold' | 'reject' | null;
  /** similarity flags involving this attempt that no one has marked reviewed */
  openFlags: number;
};

export type AssessmentView = {
  id: string;
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  opensAt: string;
  closesAt: string;
  showScores: boolean;
  anonymousReview: boolean;
  problemSet: { id: string; title: string };
  problems: { slug: string; title: string; points: number }[];
  /** the link anyone may use to join as a candidate and take a seat */
  link: { url: string; status: InvitationStatus } | null;
  /** personal links (by e-mail), managers only */
  invitations: { email: string | null; url: string; status: InvitationStatus; extraTimeMinutes: number; extraTimePercent: number; createdAt: string }[];
  seats: SeatView[];
  /** who has a seat (managers only: to offer the others) */
  seatedUserIds: string[];
  flags: { total: number; open: number };
  canManage: boolean;
  serverNow: string;
};

export type GetAssessmentOptions = { userId: string; organizationId: string; assessmentId: string; appUrl: string };

/** The staff's page of an assessment: settings, links, candidates by name (or number, in anonymous review) with their status and results. */
export async function getAssessment(prisma: PrismaClient, { userId, organizationId, assessmentId, appUrl }: GetAssessmentOptions): Promise<AssessmentView> {
  const access = await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: STAFF });
  const canManage = MANAGERS.includes(access.membership.role);
  const [row, now, flags, signals] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      select: {
        instructions: true,
        problemSet: { select: { id: true, title: true, items: { orderBy: { position: 'asc' }, select: { points: true, problem: { select: { slug: true, title: true } } } } } },
        invitations: { orderBy: { createdAt: 'desc' }, select: { token: true, email: true, maxUses: true, uses: true, expiresAt: true, revokedAt: true, extraTimeMinutes: true, extraTimePercent: true, createdAt: true } },
        candidates: {
          orderBy: { number: 'asc' },
          select: {
            id: true, number: true, extraTimeMinutes: true, extraTimePercent: true,
            candidateId: true,
            candidate: { select: { name: true, email: true } },
            attempt: { select: { id: true, startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true, reviews: { select: { reviewerId: true, decision: true } } } },
          },
        },
      },
    }),
    databaseNow(prisma),
    prisma.similarityFlag.findMany({ where: { assessmentId }, select: { leftAttemptId: true, rightAttemptId: true, reviewedAt: true } }),
    prisma.attemptSignal.groupBy({ by: ['attemptId', 'kind'], where: { attempt: { assessmentCandidate: { assessmentId } } }, _count: { _all: true } }),
  ]);
  const signalCount = (attemptId: string | undefined, kind: 'paste' | 'focus_lost') => signals.find((s) => s.attemptId === attemptId && s.kind === kind)?._count._all ?? 0;
  const results = await measureAttemptResults(prisma, { attemptIds: row.candidates.flatMap((c) => (c.attempt ? [c.attempt.id] : [])) });
  const shared = row.invitations.find((i) => i.email === null && i.maxUses === null);
  return {
    id: assessmentId,
    title: access.title,
    instructions: row.instructions,
    timeLimitMinutes: access.timeLimitMinutes,
    opensAt: access.opensAt.toISOString(),
    closesAt: access.closesAt.toISOString(),
    showScores: access.showScores,
    anonymousReview: access.anonymousReview,
    problemSet: { id: row.problemSet.id, title: row.problemSet.title },
    problems: row.problemSet.items.map((i) => ({ slug: i.problem.slug, title: i.problem.title, points: i.points })),
    link: canManage && shared ? { url: invitationUrl(appUrl, shared.token), status: invitationStatus(shared, now) } : null,
    invitations: canManage
      ? row.invitations
          .filter((i) => i !== shared)
          .map((i) => ({ email: i.email, url: invitationUrl(appUrl, i.token), status: invitationStatus(i, now), extraTimeMinutes: i.extraTimeMinutes, extraTimePercent: i.extraTimePercent, createdAt: i.createdAt.toISOString() }))
      : [],
    seats: row.candidates.map((seat): SeatView => {
      const attempt = seat.attempt;
      const mine = attempt?.reviews.find((r) => r.reviewerId === userId);
      const decisions = { advance: 0, hold: 0, reject: 0 };
      for (const review of attempt?.reviews ?? []) if (review.decision) decisions[review.decision]++;
      const end = attempt ? (attempt.finishedAt ?? (now < attempt.deadlineAt ? now : attempt.deadlineAt)) : null;
      return {
        ...candidateIdentity({ anonymous: access.anonymousReview, decided: Boolean(mine?.decision), number: seat.number, name: seat.candidate.name, email: seat.candidate.email }),
        seatId: seat.id,
        number: seat.number,
        extraTimeMinutes: seat.extraTimeMinutes,
        extraTimePercent: seat.extraTimePercent,
        status: attemptStatus(attempt, now),
        attemptId: attempt?.id ?? null,
        startedAt: attempt?.startedAt.toISOString() ?? null,
        deadlineAt: attempt?.deadlineAt.toISOString() ?? null,
        finishedAt: attempt?.finishedAt?.toISOString() ?? null,
        secondsUsed: attempt && end ? Math.round((end.getTime() - attempt.startedAt.getTime()) / 1000) : null,
        score: attempt ? (results.get(attempt.id)?.score ?? null) : null,
        problemScores: attempt ? (results.get(attempt.id)?.problems ?? []).map((p) => ({ slug: p.slug, score: p.score })) : [],
        pastes: signalCount(attempt?.id, 'paste'),
        focusLosses: signalCount(attempt?.id, 'focus_lost'),
        decisions,
        myDecision: mine?.decision ?? null,
        openFlags: attempt ? flags.filter((f) => !f.reviewedAt && (f.leftAttemptId === attempt.id || f.rightAttemptId === attempt.id)).length : 0,
      };
    }),
    seatedUserIds: canManage ? row.candidates.map((c) => c.candidateId) : [],
    flags: { total: flags.length, open: flags.filter((f) => !f.reviewedAt).length },
    canManage,
    serverNow: now.toISOString(),
  };
}
