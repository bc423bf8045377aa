import type { PrismaClient } from '../db/client';
import { enqueueJob } from '../queue/enqueue-job';
import { fairPlacement } from '../queue/fair-queue';
import { deadlineJobKey, scheduleDeadline } from './schedule-deadline';

export type EndAttemptOptions = {
  attemptId: string;
  /** 'deadline': the scheduled job; 'finished': the candidate, before the deadline */
  by: 'deadline' | 'finished';
};

export type EndAttemptResult = 'ended' | 'already_ended' | 'not_due' | 'missing';

/** Similarity is computed once the finishing burst has settled: a job per assessment, a few seconds later. */
const SIMILARITY_DELAY_MS = 10_000;

/**
 * Ends an attempt exactly once: the last saved code of every problem is submitted for grading (a Submit
 * of that very code is reused rather than graded twice), the end is recorded, and the grading jobs are
 * enqueued, all in one transaction under the attempt's lock. Run again (a retry, a second worker, the
 * candidate finishing as the deadline passes) it finds the attempt ended and changes nothing. A
 * deadline job that finds the deadline moved later (an extension) waits for the new one.
 */
export async function endAttempt(prisma: PrismaClient, { attemptId, by }: EndAttemptOptions): Promise<EndAttemptResult> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ candidateId: string; deadlineAt: Date; finishedAt: Date | null; now: Date }[]>`
      SELECT "candidateId", "deadlineAt", "finishedAt", clock_timestamp() AS "now" FROM "Attempt" WHERE "id" = ${attemptId} FOR NO KEY UPDATE`;
    if (!row) return 'missing';
    if (row.finishedAt) return 'already_ended';
    const due = row.now >= row.deadlineAt;
    if (by === 'deadline' && !due) {
      await scheduleDeadline(tx, { attemptId, deadlineAt: row.deadlineAt });
      return 'not_due';
    }
    const problems = await tx.attemptProblem.findMany({ where: { attemptId, code: { not: null } }, select: { problemId: true, problemVersion: true, code: true } });
    for (const problem of problems) {
      const code = problem.code!;
      const lastSubmit = await tx.submission.findFirst({ where: { attemptId, problemId: problem.problemId, kind: 'submit' }, orderBy: { createdAt: 'desc' }, select: { id: true, code: true } });
      let finalId = lastSubmit?.code === code ? lastSubmit.id : null;
      if (!finalId) {
        finalId = (await tx.submission.create({ data: { userId: row.candidateId, problemId: problem.problemId, problemVersion: problem.problemVersion, attemptId, kind: 'submit', code }, select: { id: true } })).id;
        // the candidate's own fair-queue lane, as their Runs and Submits: 50 deadlines at once are graded round robin
        const pending = await tx.submission.count({ where: { userId: row.candidateId, status: { not: 'done' } } });
        await enqueueJob(tx, 'grade_submission', { submissionId: finalId }, { jobKey: finalId, ...(await fairPlacement(tx, { userId: row.candidateId, pending })) });
      }
      await tx.attemptProblem.update({ where: { attemptId_problemId: { attemptId, problemId: problem.problemId } }, data: { finalSubmissionId: finalId } });
    }
    // a deadline is recorded as the moment it passed, not when the job happened to run
    await tx.attempt.update({ where: { id: attemptId }, data: { finishedAt: due ? row.deadlineAt : row.now, endedBy: due ? 'deadline' : 'finished' } });
    if (!due) await tx.$executeRaw`SELECT graphile_worker.remove_job(${deadlineJobKey(attemptId)}::text)`;
    const seat = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { assessmentCandidate: { select: { assessmentId: true } } } });
    if (seat.assessmentCandidate) {
      const { assessmentId } = seat.assessmentCandidate;
      await enqueueJob(tx, 'find_similar_code', { assessmentId }, { jobKey: `similarity:${assessmentId}`, jobKeyMode: 'preserve_run_at', runAt: new Date(row.now.getTime() + SIMILARITY_DELAY_MS) });
    }
    return 'ended';
  });
}
