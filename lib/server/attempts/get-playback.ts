import { getAttemptOrThrow } from '../access/get-attempt-or-throw';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { PlaybackView } from '../../shared/playback';

/** A playback is bounded: an attempt of a few hours saves a few thousand times at most. */
const MAX_SNAPSHOTS = 5_000;

export type GetPlaybackOptions = { userId: string; attemptId: string; problemSlug: string };

/**
 * Every snapshot of one problem's code in an attempt, in order, exactly as saved (autosaves, Runs and
 * Submits, the latter with their verdicts), and the final Submit. Staff of the assessment's
 * organization only.
 */
export async function getPlayback(prisma: PrismaClient, { userId, attemptId, problemSlug }: GetPlaybackOptions): Promise<PlaybackView> {
  await getAttemptOrThrow(prisma, { viewerId: userId, attemptId, allow: 'staff' });
  const item = await prisma.attemptProblem.findFirst({
    where: { attemptId, problem: { slug: problemSlug } },
    select: {
      problemId: true,
      problem: { select: { title: true } },
      attempt: { select: { startedAt: true, deadlineAt: true, finishedAt: true, endedBy: true } },
      finalSubmission: { select: { id: true, status: true, verdict: true, score: true } },
    },
  });
  if (!item) throw new AppError('not_found', `This attempt has no problem "${problemSlug}".`);
  const snapshots = await prisma.codeSnapshot.findMany({
    where: { attemptId, problemId: item.problemId },
    orderBy: { seq: 'asc' },
    take: MAX_SNAPSHOTS,
    select: { seq: true, takenAt: true, kind: true, code: true, submission: { select: { id: true, status: true, verdict: true, score: true } } },
  });
  const { attempt, finalSubmission } = item;
  return {
    problemTitle: item.problem.title,
    startedAt: attempt.startedAt.toISOString(),
    endAt: (attempt.finishedAt ?? attempt.deadlineAt).toISOString(),
    snapshots: snapshots.map((s) => ({
      seq: s.seq,
      at: s.takenAt.toISOString(),
      kind: s.kind,
      code: s.code,
      verdict: s.submission?.verdict ?? null,
      score: s.submission?.score ?? null,
      graded: s.submission ? s.submission.status === 'done' : null,
    })),
    final: finalSubmission && attempt.finishedAt ? { at: attempt.finishedAt.toISOString(), auto: attempt.endedBy === 'deadline', verdict: finalSubmission.verdict, score: finalSubmission.score, graded: finalSubmission.status === 'done' } : null,
  };
}
