import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as attemptRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/attempt/route';
import * as draftRoute from '../../app/api/attempts/[attemptId]/problems/[slug]/draft/route';
import * as submissionsRoute from '../../app/api/attempts/[attemptId]/submissions/route';
import * as seatRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/seats/[seatId]/route';
import { seatCandidates } from '../../lib/server/assessments/seat-candidates';
import { setExtraTime } from '../../lib/server/assessments/set-extra-time';
import { inviteCandidates } from '../../lib/server/assessments/invite-candidates';
import { createAttemptSubmission } from '../../lib/server/attempts/create-attempt-submission';
import { endAttempt } from '../../lib/server/attempts/end-attempt';
import { finishAttempt } from '../../lib/server/attempts/finish-attempt';
import { getPlayback } from '../../lib/server/attempts/get-playback';
import { getAttemptWorkspace } from '../../lib/server/attempts/get-attempt-workspace';
import { TIME_IS_UP } from '../../lib/server/attempts/lock-open-attempt';
import { recordSignal } from '../../lib/server/attempts/record-signal';
import { deadlineJobKey, scheduleDeadline } from '../../lib/server/attempts/schedule-deadline';
import { saveAttemptDraft } from '../../lib/server/attempts/save-attempt-draft';
import { startAttempt } from '../../lib/server/attempts/start-attempt';
import { saveDraft } from '../../lib/server/drafts/save-draft';
import { acceptInvitation } from '../../lib/server/invitations/accept-invitation';
import { updateProblemSet } from '../../lib/server/problem-sets/update-problem-set';
import { testPrisma } from './helpers';
import { callRoute, sessionCookie, useTestServerEnv } from './helpers-http';
import { hiringTeam, jobsWithKey, newProblem, newUser, PASSWORD, sleep, waitUntil } from './hiring-helpers';

const prisma = testPrisma();
const MINUTE = 60_000;

beforeAll(() => useTestServerEnv());
afterAll(() => prisma.$disconnect());

/** A team whose window closes `closesInMs` from now, and the first candidate's attempt, started. */
async function startedAttempt(options: Parameters<typeof hiringTeam>[1] = {}) {
  const team = await hiringTeam(prisma, options);
  const candidate = team.candidates[0]!;
  const started = await startAttempt(prisma, { userId: candidate.id, organizationId: team.organizationId, assessmentId: team.assessmentId });
  return { ...team, candidate, attemptId: started.attemptId, deadlineAt: new Date(started.deadlineAt) };
}

const attemptRow = (id: string) => prisma.attempt.findUniqueOrThrow({ where: { id }, select: { deadlineAt: true, finishedAt: true, endedBy: true, grantedMinutes: true, startedAt: true } });
const savedCode = (attemptId: string, slug: string) => prisma.attemptProblem.findFirstOrThrow({ where: { attemptId, problem: { slug } }, select: { code: true, savedAt: true } });

describe('starting an attempt', () => {
  it('fixes the deadline at start + time limit + extra time (minutes and a share of the limit)', async () => {
    const team = await hiringTeam(prisma, { timeLimitMinutes: 60 });
    const seat = await prisma.assessmentCandidate.findFirstOrThrow({ where: { assessmentId: team.assessmentId, candidateId: team.candidates[0]!.id } });
    await setExtraTime(prisma, { userId: team.coach.id, organizationId: team.organizationId, assessmentId: team.assessmentId, seatId: seat.id, extraTimeMinutes: 10, extraTimePercent: 25 });
    const { attemptId } = await startAttempt(prisma, { userId: team.candidates[0]!.id, organizationId: team.organizationId, assessmentId: team.assessmentId });
    const attempt = await attemptRow(attemptId);
    expect(attempt.grantedMinutes).toBe(60 + 10 + 15);
    expect(attempt.deadlineAt.getTime() - attempt.startedAt.getTime()).toBe(85 * MINUTE);
    // the deadline job is scheduled for exactly that moment
    const [job] = await jobsWithKey(prisma, deadlineJobKey(attemptId));
    expect(job).toMatchObject({ task: 'end_attempt' });
    expect(job!.run_at.getTime()).toBe(attempt.deadlineAt.getTime());
  });

  it('never runs past the window: the deadline is the closing time when that comes first', async () => {
    const { attemptId } = await startedAttempt({ timeLimitMinutes: 60, closesInMs: 10 * MINUTE });
    const assessment = await prisma.assessment.findFirstOrThrow({ where: { candidates: { some: { attempt: { id: attemptId } } } }, select: { closesAt: true } });
    expect((await attemptRow(attemptId)).deadlineAt).toEqual(assessment.closesAt);
  });

  it('returns the same attempt and deadline to a second tab or a replayed Start, even at the same moment', async () => {
    const team = await hiringTeam(prisma);
    const who = { userId: team.candidates[0]!.id, organizationId: team.organizationId, assessmentId: team.assessmentId };
    const starts = await Promise.all(Array.from({ length: 6 }, () => startAttempt(prisma, who)));
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);
    expect(new Set(starts.map((s) => s.deadlineAt)).size).toBe(1);
    expect(starts.filter((s) => s.started)).toHaveLength(1);
    await sleep(50);
    expect(await startAttempt(prisma, who)).toMatchObject({ attemptId: starts[0]!.attemptId, deadlineAt: starts[0]!.deadlineAt, started: false });
    expect(await prisma.attempt.count({ where: { candidateId: who.userId } })).toBe(1);
  });

  it('refuses to start after the window has closed, and anyone without a seat', async () => {
    const team = await hiringTeam(prisma, { closesInMs: 1_500 });
    await expect(startAttempt(prisma, { userId: team.reviewer.id, organizationId: team.organizationId, assessmentId: team.assessmentId })).rejects.toMatchObject({ code: 'not_found' });
    const outsider = await newUser(prisma, 'Outsider');
    await expect(startAttempt(prisma, { userId: outsider.id, organizationId: team.organizationId, assessmentId: team.assessmentId })).rejects.toMatchObject({ code: 'not_found' });
    await sleep(1_700);
    await expect(startAttempt(prisma, { userId: team.candidates[1]!.id, organizationId: team.organizationId, assessmentId: team.assessmentId })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('pins the problems and their versions at the start: changing the set afterwards changes nothing', async () => {
    const team = await startedAttempt({ problems: 2 });
    const other = await newProblem(prisma, 'Added later');
    await updateProblemSet(prisma, { userId: team.coach.id, organizationId: team.organizationId, problemSetId: team.problemSetId, title: 'Changed', description: '', items: [{ slug: other.slug, points: 10 }] });
    await prisma.problem.update({ where: { slug: team.slugs[0]! }, data: { version: 'v2' } });
    const pinned = await prisma.attemptProblem.findMany({ where: { attemptId: team.attemptId }, orderBy: { position: 'asc' }, select: { problem: { select: { slug: true } }, problemVersion: true, points: true } });
    expect(pinned).toEqual([
      { problem: { slug: team.slugs[0] }, problemVersion: 'v1', points: 100 },
      { problem: { slug: team.slugs[1] }, problemVersion: 'v1', points: 50 },
    ]);
  });
});

describe('no request extends the deadline', () => {
  it('keeps a draft saved before the deadline, and refuses one saved a second late without changing anything', async () => {
    const team = await startedAttempt({ closesInMs: 4_000 });
    const who = { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]! };
    await saveAttemptDraft(prisma, { ...who, code: '// in time' });
    await waitUntil(team.deadlineAt, 1_000);
    await expect(saveAttemptDraft(prisma, { ...who, code: '// a second late' })).rejects.toMatchObject({ code: 'conflict', message: TIME_IS_UP });
    expect(await savedCode(team.attemptId, team.slugs[0]!)).toMatchObject({ code: '// in time' });
    expect(await prisma.codeSnapshot.findMany({ where: { attemptId: team.attemptId }, select: { code: true } })).toEqual([{ code: '// in time' }]);
    expect((await attemptRow(team.attemptId)).deadlineAt).toEqual(team.deadlineAt);
  });

  it('refuses a replayed save, Run, Submit and Start after the deadline: same attempt, same deadline, nothing recorded', async () => {
    const team = await startedAttempt({ closesInMs: 4_000 });
    const cookie = await sessionCookie(team.candidate.email, PASSWORD);
    const save = { method: 'PUT' as const, path: `/api/attempts/${team.attemptId}/problems/${team.slugs[0]}/draft`, params: { attemptId: team.attemptId, slug: team.slugs[0]! }, body: { code: '// replayed' } };
    const submit = { method: 'POST' as const, path: `/api/attempts/${team.attemptId}/submissions`, params: { attemptId: team.attemptId }, body: { problemSlug: team.slugs[0], kind: 'submit', code: '// replayed' } };
    const start = { method: 'POST' as const, path: `/api/organizations/${team.organizationId}/assessments/${team.assessmentId}/attempt`, params: { organizationId: team.organizationId, assessmentId: team.assessmentId } };
    expect((await callRoute(draftRoute, save, cookie)).status).toBe(200);
    await waitUntil(team.deadlineAt, 200);
    for (const call of [save, submit, { ...submit, body: { ...submit.body, kind: 'run' } }]) {
      const response = await callRoute(call === save ? draftRoute : submissionsRoute, call, cookie);
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(TIME_IS_UP);
    }
    const restarted = await callRoute(attemptRoute, start, cookie);
    expect(restarted.status).toBe(200);
    expect(await restarted.json()).toEqual({ attemptId: team.attemptId, deadlineAt: team.deadlineAt.toISOString(), started: false });
    expect(await prisma.submission.count({ where: { attemptId: team.attemptId } })).toBe(0);
    expect((await attemptRow(team.attemptId)).deadlineAt).toEqual(team.deadlineAt);
  });

  it('ignores a changed clock: a request dated before the deadline, or carrying its own time, is judged by the server’s', async () => {
    const team = await startedAttempt({ closesInMs: 4_000 });
    const cookie = await sessionCookie(team.candidate.email, PASSWORD);
    await waitUntil(team.deadlineAt, 200);
    const anHourAgo = new Date(Date.now() - 60 * MINUTE);
    const response = await callRoute(
      draftRoute,
      {
        method: 'PUT',
        path: `/api/attempts/${team.attemptId}/problems/${team.slugs[0]}/draft`,
        params: { attemptId: team.attemptId, slug: team.slugs[0]! },
        headers: { date: anHourAgo.toUTCString() },
        body: { code: '// from a computer whose clock was set back', savedAt: anHourAgo.toISOString(), deadlineAt: new Date(Date.now() + 60 * MINUTE).toISOString() },
      },
      cookie,
    );
    expect(response.status).toBe(409);
    expect(await savedCode(team.attemptId, team.slugs[0]!)).toMatchObject({ code: null });
    expect((await attemptRow(team.attemptId)).deadlineAt).toEqual(team.deadlineAt);
  });

  it('a second tab cannot outlive the first: its Start returns the same deadline, its save after it is refused', async () => {
    const team = await startedAttempt({ closesInMs: 4_000 });
    const tabs = await Promise.all([sessionCookie(team.candidate.email, PASSWORD), sessionCookie(team.candidate.email, PASSWORD)]);
    const start = { method: 'POST' as const, path: `/api/organizations/${team.organizationId}/assessments/${team.assessmentId}/attempt`, params: { organizationId: team.organizationId, assessmentId: team.assessmentId } };
    const second = await callRoute(attemptRoute, start, tabs[1]);
    expect(await second.json()).toMatchObject({ attemptId: team.attemptId, deadlineAt: team.deadlineAt.toISOString() });
    const save = (code: string) => ({ method: 'PUT' as const, path: `/api/attempts/${team.attemptId}/problems/${team.slugs[1]}/draft`, params: { attemptId: team.attemptId, slug: team.slugs[1]! }, body: { code } });
    expect((await callRoute(draftRoute, save('// tab 2, in time'), tabs[1])).status).toBe(200);
    await waitUntil(team.deadlineAt, 300);
    expect((await callRoute(draftRoute, save('// tab 2, late'), tabs[1])).status).toBe(409);
    expect((await callRoute(draftRoute, save('// tab 1, late'), tabs[0])).status).toBe(409);
    expect(await savedCode(team.attemptId, team.slugs[1]!)).toMatchObject({ code: '// tab 2, in time' });
  });

  it('gives a candidate no way to extend their own time: extra time is for owners and coaches', async () => {
    const team = await startedAttempt();
    const seat = await prisma.assessmentCandidate.findFirstOrThrow({ where: { attempt: { id: team.attemptId } }, select: { id: true } });
    const cookie = await sessionCookie(team.candidate.email, PASSWORD);
    const response = await callRoute(
      seatRoute,
      { method: 'PATCH', path: `/api/organizations/${team.organizationId}/assessments/${team.assessmentId}/seats/${seat.id}`, params: { organizationId: team.organizationId, assessmentId: team.assessmentId, seatId: seat.id }, body: { extraTimeMinutes: 600, extraTimePercent: 0 } },
      cookie,
    );
    expect(response.status).toBe(403);
    expect((await attemptRow(team.attemptId)).deadlineAt).toEqual(team.deadlineAt);
  });
});

describe('staff extending the time', () => {
  it('moves the deadline later and re-keys the deadline job; never shortens a running attempt', async () => {
    const team = await startedAttempt({ timeLimitMinutes: 30 });
    const seat = await prisma.assessmentCandidate.findFirstOrThrow({ where: { attempt: { id: team.attemptId } }, select: { id: true } });
    const where = { userId: team.coach.id, organizationId: team.organizationId, assessmentId: team.assessmentId, seatId: seat.id };
    const { deadlineAt } = await setExtraTime(prisma, { ...where, extraTimeMinutes: 15, extraTimePercent: 0 });
    expect(new Date(deadlineAt!).getTime() - team.deadlineAt.getTime()).toBe(15 * MINUTE);
    const jobs = await jobsWithKey(prisma, deadlineJobKey(team.attemptId));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at.toISOString()).toBe(deadlineAt);
    await expect(setExtraTime(prisma, { ...where, extraTimeMinutes: 0, extraTimePercent: 0 })).rejects.toMatchObject({ code: 'bad_request' });
    // a deadline job that runs at the old time finds the new deadline and waits for it
    expect(await endAttempt(prisma, { attemptId: team.attemptId, by: 'deadline' })).toBe('not_due');
    expect((await attemptRow(team.attemptId)).finishedAt).toBeNull();
  });
});

describe('ending an attempt', () => {
  it('submits the last saved code of every saved problem exactly once, however many workers end it at once', async () => {
    const team = await startedAttempt({ problems: 3, closesInMs: 4_000 });
    const who = { userId: team.candidate.id, attemptId: team.attemptId };
    await saveAttemptDraft(prisma, { ...who, problemSlug: team.slugs[0]!, code: '// first, typed' });
    await saveAttemptDraft(prisma, { ...who, problemSlug: team.slugs[1]!, code: '// second, v1' });
    await saveAttemptDraft(prisma, { ...who, problemSlug: team.slugs[1]!, code: '// second, v2' });
    await waitUntil(team.deadlineAt, 100);
    const results = await Promise.all(Array.from({ length: 4 }, () => endAttempt(prisma, { attemptId: team.attemptId, by: 'deadline' })));
    expect(results.filter((r) => r === 'ended')).toHaveLength(1);
    expect(results.filter((r) => r === 'already_ended')).toHaveLength(3);
    const finals = await prisma.attemptProblem.findMany({ where: { attemptId: team.attemptId }, orderBy: { position: 'asc' }, select: { finalSubmission: { select: { code: true, kind: true } } } });
    expect(finals.map((f) => f.finalSubmission)).toEqual([{ code: '// first, typed', kind: 'submit' }, { code: '// second, v2', kind: 'submit' }, null]);
    expect(await prisma.submission.count({ where: { attemptId: team.attemptId } })).toBe(2);
    // one grading job per final Submit, and the deadline job's key is gone with the attempt ended
    const submissions = await prisma.submission.findMany({ where: { attemptId: team.attemptId }, select: { id: true } });
    for (const s of submissions) expect(await jobsWithKey(prisma, s.id)).toHaveLength(1);
    const attempt = await attemptRow(team.attemptId);
    expect(attempt).toMatchObject({ endedBy: 'deadline', finishedAt: team.deadlineAt });
  });

  it('grades a Submit of the very code saved last only once', async () => {
    const team = await startedAttempt({ problems: 1, closesInMs: 4_000 });
    const { id } = await createAttemptSubmission(prisma, { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]!, kind: 'submit', code: '// submitted' });
    await waitUntil(team.deadlineAt, 100);
    expect(await endAttempt(prisma, { attemptId: team.attemptId, by: 'deadline' })).toBe('ended');
    expect(await prisma.attemptProblem.findFirstOrThrow({ where: { attemptId: team.attemptId }, select: { finalSubmissionId: true } })).toEqual({ finalSubmissionId: id });
    expect(await prisma.submission.count({ where: { attemptId: team.attemptId } })).toBe(1);
  });

  it('lets the candidate finish early: the work is handed in, the deadline job removed, and nothing reopens it', async () => {
    const team = await startedAttempt({ problems: 1 });
    await saveAttemptDraft(prisma, { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]!, code: '// done early' });
    expect(await finishAttempt(prisma, { userId: team.candidate.id, attemptId: team.attemptId })).toEqual({ endedBy: 'finished' });
    expect(await jobsWithKey(prisma, deadlineJobKey(team.attemptId))).toHaveLength(0);
    await expect(saveAttemptDraft(prisma, { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]!, code: '// after' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await finishAttempt(prisma, { userId: team.candidate.id, attemptId: team.attemptId })).toEqual({ endedBy: 'finished' });
    expect(await prisma.submission.count({ where: { attemptId: team.attemptId } })).toBe(1);
    const start = await startAttempt(prisma, { userId: team.candidate.id, organizationId: team.organizationId, assessmentId: team.assessmentId });
    expect(start).toMatchObject({ attemptId: team.attemptId, started: false });
  });

  it('keeps assessment drafts apart from practice drafts', async () => {
    const team = await startedAttempt({ problems: 1 });
    await saveDraft(prisma, { userId: team.candidate.id, problemSlug: team.slugs[0]!, code: '// practice' });
    await saveAttemptDraft(prisma, { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]!, code: '// assessment' });
    expect(await prisma.draft.findFirstOrThrow({ where: { userId: team.candidate.id }, select: { code: true } })).toEqual({ code: '// practice' });
    expect(await savedCode(team.attemptId, team.slugs[0]!)).toMatchObject({ code: '// assessment' });
  });
});

describe('playback', () => {
  it('replays exactly the snapshots, in order, with Runs and Submits marked and their verdicts', async () => {
    const team = await startedAttempt({ problems: 1 });
    const who = { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]! };
    await saveAttemptDraft(prisma, { ...who, code: '// one' });
    await saveAttemptDraft(prisma, { ...who, code: '// one' });
    await saveAttemptDraft(prisma, { ...who, code: '// one\n// two' });
    const run = await createAttemptSubmission(prisma, { ...who, kind: 'run', code: '// one\n// two' });
    const submit = await createAttemptSubmission(prisma, { ...who, kind: 'submit', code: '// three' });
    await prisma.submission.update({ where: { id: run.id }, data: { status: 'done', verdict: 'wrong_answer', score: 0.5 } });
    const playback = await getPlayback(prisma, { userId: team.reviewer.id, attemptId: team.attemptId, problemSlug: team.slugs[0]! });
    // a repeated autosave is not a step; a Run of the code just saved is
    expect(playback.snapshots.map(({ seq, kind, code, verdict, graded }) => ({ seq, kind, code, verdict, graded }))).toEqual([
      { seq: 1, kind: 'autosave', code: '// one', verdict: null, graded: null },
      { seq: 2, kind: 'autosave', code: '// one\n// two', verdict: null, graded: null },
      { seq: 3, kind: 'run', code: '// one\n// two', verdict: 'wrong_answer', graded: true },
      { seq: 4, kind: 'submit', code: '// three', verdict: null, graded: false },
    ]);
    const stored = await prisma.codeSnapshot.findMany({ where: { attemptId: team.attemptId }, orderBy: { seq: 'asc' }, select: { code: true, takenAt: true, submissionId: true } });
    expect(playback.snapshots.map((s) => [s.code, s.at])).toEqual(stored.map((s) => [s.code, s.takenAt.toISOString()]));
    expect(stored.map((s) => s.submissionId)).toEqual([null, null, run.id, submit.id]);
    expect(playback.final).toBeNull();
    // the candidate has no playback of their own assessment attempt
    await expect(getPlayback(prisma, { userId: team.candidate.id, attemptId: team.attemptId, problemSlug: team.slugs[0]! })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('an attempt that answers no assessment (a mock interview)', () => {
  it('runs on the same machinery: saves checked against the deadline, ended once by the deadline job, seen by nobody else', async () => {
    const team = await hiringTeam(prisma, { problems: 1 });
    const candidate = team.candidates[0]!;
    const problem = await prisma.problem.findUniqueOrThrow({ where: { slug: team.slugs[0]! }, select: { id: true, version: true } });
    const deadlineAt = new Date(Date.now() + 6_000);
    const attempt = await prisma.$transaction(async (tx) => {
      const created = await tx.attempt.create({
        data: { candidateId: candidate.id, grantedMinutes: 1, deadlineAt, problems: { create: [{ problemId: problem.id, position: 0, points: 100, problemVersion: problem.version }] } },
        select: { id: true },
      });
      await scheduleDeadline(tx, { attemptId: created.id, deadlineAt });
      return created;
    });
    const who = { userId: candidate.id, attemptId: attempt.id, problemSlug: team.slugs[0]! };
    await saveAttemptDraft(prisma, { ...who, code: '// mock' });
    expect(await getAttemptWorkspace(prisma, { userId: candidate.id, attemptId: attempt.id })).toMatchObject({ backTo: null, showScores: true, problems: [{ code: '// mock' }] });
    // nobody else, not even staff of an organization the candidate belongs to
    await expect(getAttemptWorkspace(prisma, { userId: team.candidates[1]!.id, attemptId: attempt.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getPlayback(prisma, { userId: team.owner.id, attemptId: attempt.id, problemSlug: team.slugs[0]! })).rejects.toMatchObject({ code: 'not_found' });
    await waitUntil(deadlineAt, 100);
    const similarityJobs = () => prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key LIKE 'similarity:%'`;
    const jobsBefore = await similarityJobs();
    await expect(saveAttemptDraft(prisma, { ...who, code: '// late' })).rejects.toMatchObject({ code: 'conflict', message: TIME_IS_UP });
    expect(await endAttempt(prisma, { attemptId: attempt.id, by: 'deadline' })).toBe('ended');
    expect(await endAttempt(prisma, { attemptId: attempt.id, by: 'deadline' })).toBe('already_ended');
    const final = await prisma.attemptProblem.findFirstOrThrow({ where: { attemptId: attempt.id }, select: { finalSubmission: { select: { code: true, kind: true } } } });
    expect(final.finalSubmission).toEqual({ code: '// mock', kind: 'submit' });
    // no similarity job: there is no assessment to compare within
    expect(await similarityJobs()).toEqual(jobsBefore);
  });
});

describe('signals', () => {
  it('records large pastes and focus losses with the server’s times, one loss at a time', async () => {
    const team = await startedAttempt({ problems: 1 });
    const who = { userId: team.candidate.id, attemptId: team.attemptId };
    await recordSignal(prisma, { ...who, input: { kind: 'paste', problemSlug: team.slugs[0]!, chars: 400, lines: 12 } });
    await recordSignal(prisma, { ...who, input: { kind: 'focus_lost', problemSlug: team.slugs[0]! } });
    await recordSignal(prisma, { ...who, input: { kind: 'focus_lost' } });
    await sleep(1_100);
    await recordSignal(prisma, { ...who, input: { kind: 'focus_back' } });
    const signals = await prisma.attemptSignal.findMany({ where: { attemptId: team.attemptId }, orderBy: { at: 'asc' }, select: { kind: true, chars: true, at: true, endedAt: true } });
    expect(signals.map((s) => s.kind)).toEqual(['paste', 'focus_lost']);
    expect(signals[0]!.chars).toBe(400);
    expect(signals[1]!.endedAt!.getTime() - signals[1]!.at.getTime()).toBeGreaterThanOrEqual(1_000);
  });
});

describe('invitations to an assessment', () => {
  it('seats whoever joins through the assessment’s link, once; staff cannot take a seat', async () => {
    const team = await hiringTeam(prisma, { candidates: 0 });
    const link = await prisma.invitation.findFirstOrThrow({ where: { assessmentId: team.assessmentId, email: null }, select: { token: true, expiresAt: true } });
    const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id: team.assessmentId }, select: { closesAt: true } });
    expect(link.expiresAt).toEqual(assessment.closesAt);
    const ada = await newUser(prisma, 'Ada');
    expect(await acceptInvitation(prisma, { userId: ada.id, token: link.token })).toMatchObject({ joined: true, assessmentId: team.assessmentId });
    expect(await acceptInvitation(prisma, { userId: ada.id, token: link.token })).toMatchObject({ joined: false });
    expect(await prisma.assessmentCandidate.findMany({ where: { assessmentId: team.assessmentId }, select: { candidateId: true, number: true } })).toEqual([{ candidateId: ada.id, number: 1 }]);
    expect(await prisma.membership.findFirstOrThrow({ where: { organizationId: team.organizationId, userId: ada.id }, select: { role: true } })).toEqual({ role: 'candidate' });
    await expect(acceptInvitation(prisma, { userId: team.reviewer.id, token: link.token })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('sends personal single-use links that carry their extra time; existing candidates can be seated directly', async () => {
    const team = await hiringTeam(prisma, { candidates: 1 });
    const { invitations } = await inviteCandidates(prisma, {
      userId: team.coach.id, organizationId: team.organizationId, assessmentId: team.assessmentId, emails: ['grace@example.test'], extraTimeMinutes: 0, extraTimePercent: 50, appUrl: 'http://grader.test', mailEnabled: false,
    });
    const token = invitations[0]!.url.split('/join/')[1]!;
    const grace = await newUser(prisma, 'Grace');
    const other = await newUser(prisma, 'Other');
    await acceptInvitation(prisma, { userId: grace.id, token });
    await expect(acceptInvitation(prisma, { userId: other.id, token })).rejects.toMatchObject({ code: 'conflict' });
    expect(await prisma.assessmentCandidate.findFirstOrThrow({ where: { candidateId: grace.id }, select: { extraTimePercent: true, number: true } })).toEqual({ extraTimePercent: 50, number: 2 });
    const newcomer = await newUser(prisma, 'Newcomer');
    await prisma.membership.create({ data: { organizationId: team.organizationId, userId: newcomer.id, role: 'candidate' } });
    expect(await seatCandidates(prisma, { userId: team.coach.id, organizationId: team.organizationId, assessmentId: team.assessmentId, candidateIds: [newcomer.id, team.candidates[0]!.id], extraTimeMinutes: 5, extraTimePercent: 0 })).toEqual({ seated: 1 });
    await expect(seatCandidates(prisma, { userId: team.reviewer.id, organizationId: team.organizationId, assessmentId: team.assessmentId, candidateIds: [newcomer.id], extraTimeMinutes: 0, extraTimePercent: 0 })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
