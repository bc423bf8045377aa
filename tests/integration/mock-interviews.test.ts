import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as mockInterviewsRoute from '../../app/api/mock-interviews/route';
import * as clockRoute from '../../app/api/attempts/[attemptId]/clock/route';
import * as draftRoute from '../../app/api/attempts/[attemptId]/problems/[slug]/draft/route';
import * as finishRoute from '../../app/api/attempts/[attemptId]/finish/route';
import * as playbackRoute from '../../app/api/attempts/[attemptId]/problems/[slug]/playback/route';
import * as reportRoute from '../../app/api/attempts/[attemptId]/report/route';
import * as reviewRoute from '../../app/api/attempts/[attemptId]/review/route';
import * as signalsRoute from '../../app/api/attempts/[attemptId]/signals/route';
import * as submissionsRoute from '../../app/api/attempts/[attemptId]/submissions/route';
import { listMyAssessments } from '../../lib/server/assessments/list-my-assessments';
import { endAttempt } from '../../lib/server/attempts/end-attempt';
import { TIME_IS_UP } from '../../lib/server/attempts/lock-open-attempt';
import { saveAttemptDraft } from '../../lib/server/attempts/save-attempt-draft';
import { deadlineJobKey } from '../../lib/server/attempts/schedule-deadline';
import { getMockInterviewReport } from '../../lib/server/mock-interviews/get-mock-interview-report';
import { listMockInterviews } from '../../lib/server/mock-interviews/list-mock-interviews';
import { startMockInterview } from '../../lib/server/mock-interviews/start-mock-interview';
import type { StartMockInterviewInput } from '../../lib/server/mock-interviews/schemas';
import { testPrisma } from './helpers';
import { callRoute, sessionCookie, useTestServerEnv } from './helpers-http';
import { hex, hiringTeam, jobsWithKey, newUser, PASSWORD, waitUntil } from './hiring-helpers';

const prisma = testPrisma();
const MINUTE = 60_000;

beforeAll(() => useTestServerEnv());
afterAll(() => prisma.$disconnect());

/** A topic of its own (other tests' made-up problems stay out of the draw), with problems of the given difficulties. */
async function topicWith(difficulties: ('easy' | 'medium' | 'hard')[]) {
  const topic = `mock-${hex()}`;
  const problems = [];
  for (const difficulty of difficulties) {
    problems.push(
      await prisma.problem.create({
        data: { slug: `mock-${hex()}`, title: `Mock ${difficulty} ${hex()}`, topic, difficulty, version: `v-${hex()}`, sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: 'export function f(): number {\n  return 0;\n}\n', timeLimitMs: 1000, memoryLimitMb: 64 },
        select: { id: true, slug: true, difficulty: true, version: true },
      }),
    );
  }
  return { topic, problems };
}

const custom = (topic: string, over: Partial<Extract<StartMockInterviewInput, { kind: 'custom' }>> = {}): StartMockInterviewInput => ({ kind: 'custom', topics: [topic], problemCount: 2, easy: 0, medium: 0, hard: 0, durationMinutes: 30, ...over });
const attemptRow = (id: string) => prisma.attempt.findUniqueOrThrow({ where: { id }, select: { deadlineAt: true, finishedAt: true, endedBy: true, grantedMinutes: true, startedAt: true, assessmentCandidateId: true } });

/** A running mock interview whose deadline the test brings to `inMs` from now (as if it had been started that long before). */
async function mockEndingIn(inMs: number) {
  const { topic, problems } = await topicWith(['easy', 'medium']);
  const candidate = await newUser(prisma, 'Practiser');
  const { attemptId } = await startMockInterview(prisma, { userId: candidate.id, input: custom(topic) });
  const deadlineAt = new Date(Date.now() + inMs);
  await prisma.attempt.update({ where: { id: attemptId }, data: { deadlineAt } });
  const slugs = (await prisma.attemptProblem.findMany({ where: { attemptId }, orderBy: { position: 'asc' }, select: { problem: { select: { slug: true } } } })).map((p) => p.problem.slug);
  return { candidate, attemptId, deadlineAt, slugs, problems, cookie: await sessionCookie(candidate.email, PASSWORD) };
}

describe('starting a mock interview', () => {
  it('records the settings and the draw, pins the drawn problems, and fixes the deadline by the server’s clock with the deadline job keyed as an assessment’s', async () => {
    const { topic, problems } = await topicWith(['easy', 'medium', 'medium', 'hard']);
    const candidate = await newUser(prisma, 'Practiser');
    const cookie = await sessionCookie(candidate.email, PASSWORD);
    const response = await callRoute(mockInterviewsRoute, { method: 'POST', path: '/api/mock-interviews', params: {}, body: custom(topic, { problemCount: 3, medium: 1, hard: 1, durationMinutes: 45 }) }, cookie);
    expect(response.status).toBe(201);
    const { attemptId, deadlineAt } = (await response.json()) as { attemptId: string; deadlineAt: string };
    const attempt = await attemptRow(attemptId);
    expect(attempt).toMatchObject({ grantedMinutes: 45, assessmentCandidateId: null, finishedAt: null });
    expect(attempt.deadlineAt.toISOString()).toBe(deadlineAt);
    expect(attempt.deadlineAt.getTime() - attempt.startedAt.getTime()).toBe(45 * MINUTE);
    const [job] = await jobsWithKey(prisma, deadlineJobKey(attemptId));
    expect(job).toMatchObject({ task: 'end_attempt' });
    expect(job!.run_at.getTime()).toBe(attempt.deadlineAt.getTime());

    const record = await prisma.mockInterview.findUniqueOrThrow({ where: { attemptId } });
    expect(record).toMatchObject({ candidateId: candidate.id, preset: null, topics: [topic], problemCount: 3, durationMinutes: 45, difficultyMix: { easy: 0, medium: 1, hard: 1 } });
    const draw = record.draw as { slug: string; slot: string; difficulty: string }[];
    expect(draw.map((d) => d.slot).sort()).toEqual(['any', 'hard', 'medium']);
    const pinned = await prisma.attemptProblem.findMany({ where: { attemptId }, orderBy: { position: 'asc' }, select: { problemVersion: true, points: true, problem: { select: { slug: true } } } });
    expect(pinned.map((p) => p.problem.slug)).toEqual(draw.map((d) => d.slug));
    expect(pinned.map((p) => p.problemVersion)).toEqual(draw.map((d) => problems.find((p) => p.slug === d.slug)!.version));
    expect(pinned.every((p) => p.points === 100)).toBe(true);
  });

  it('draws the problems the candidate has not solved before the ones they have', async () => {
    const { topic, problems } = await topicWith(['easy', 'easy', 'easy']);
    const candidate = await newUser(prisma, 'Practiser');
    for (const solved of problems.slice(0, 2)) {
      await prisma.submission.create({ data: { userId: candidate.id, problemId: solved.id, problemVersion: solved.version, kind: 'submit', code: '// solved', status: 'done', verdict: 'accepted', score: 1 } });
    }
    const { attemptId } = await startMockInterview(prisma, { userId: candidate.id, input: custom(topic, { problemCount: 1 }) });
    const [only] = await prisma.attemptProblem.findMany({ where: { attemptId }, select: { problemId: true } });
    expect(only!.problemId).toBe(problems[2]!.id);
  });

  it('stands a preset for its settings', async () => {
    const candidate = await newUser(prisma, 'Practiser');
    const { attemptId } = await startMockInterview(prisma, { userId: candidate.id, input: { kind: 'preset', preset: 'ml-45' } });
    expect(await prisma.mockInterview.findUniqueOrThrow({ where: { attemptId } })).toMatchObject({ preset: 'ml-45', topics: [], problemCount: 2, durationMinutes: 45, difficultyMix: { easy: 0, medium: 2, hard: 0 } });
    const drawn = await prisma.attemptProblem.findMany({ where: { attemptId }, select: { problem: { select: { difficulty: true } } } });
    expect(drawn.map((d) => d.problem.difficulty)).toEqual(['medium', 'medium']);
  });

  it('refuses, starting nothing: a duration under the server’s minimum, a mix the topics cannot fill, a mix larger than the count, a preset that does not exist', async () => {
    const { topic } = await topicWith(['easy', 'medium']);
    const candidate = await newUser(prisma, 'Practiser');
    const cookie = await sessionCookie(candidate.email, PASSWORD);
    const post = (body: unknown) => callRoute(mockInterviewsRoute, { method: 'POST', path: '/api/mock-interviews', params: {}, body }, cookie);
    const cases: [unknown, string][] = [
      [custom(topic, { durationMinutes: 5 }), 'durationMinutes'],
      [custom(topic, { durationMinutes: 120 }), 'durationMinutes'],
      [custom(topic, { problemCount: 2, hard: 1 }), 'mix'],
      [custom(topic, { problemCount: 3 }), 'problemCount'],
      [custom(topic, { problemCount: 1, easy: 1, medium: 1 }), 'mix'],
      [custom(topic, { problemCount: 5 }), 'problemCount'],
      [{ kind: 'preset', preset: 'ten-hours' }, 'preset'],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = (await response.json()) as { error: { message: string; fieldErrors?: Record<string, string[]> } };
      expect(error.fieldErrors, JSON.stringify(body)).toHaveProperty(field);
    }
    expect(await prisma.attempt.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it('runs one at a time: of simultaneous starts (a second tab, a replayed request) one makes an attempt, the rest are refused', async () => {
    const { topic } = await topicWith(['easy', 'medium', 'hard']);
    const candidate = await newUser(prisma, 'Practiser');
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => startMockInterview(prisma, { userId: candidate.id, input: custom(topic, { problemCount: 1 }) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'conflict' });
    expect(await prisma.attempt.count({ where: { candidateId: candidate.id } })).toBe(1);
  });
});

describe('a mock interview cannot be extended or reopened', () => {
  it('after the deadline refuses saves, Runs, Submits, signals and Finish with "Time is up", and a new start makes a new attempt: the ended one keeps its deadline and end', async () => {
    const mock = await mockEndingIn(2_500);
    await saveAttemptDraft(prisma, { userId: mock.candidate.id, attemptId: mock.attemptId, problemSlug: mock.slugs[0]!, code: '// saved in time' });
    await waitUntil(mock.deadlineAt, 200);
    const params = { attemptId: mock.attemptId, slug: mock.slugs[0]! };
    const refused = [
      { route: draftRoute, call: { method: 'PUT' as const, path: `/api/attempts/${mock.attemptId}/problems/${mock.slugs[0]}/draft`, params, body: { code: '// a second late' } } },
      { route: submissionsRoute, call: { method: 'POST' as const, path: `/api/attempts/${mock.attemptId}/submissions`, params: { attemptId: mock.attemptId }, body: { problemSlug: mock.slugs[0], kind: 'submit', code: '// late' } } },
      { route: submissionsRoute, call: { method: 'POST' as const, path: `/api/attempts/${mock.attemptId}/submissions`, params: { attemptId: mock.attemptId }, body: { problemSlug: mock.slugs[0], kind: 'run', code: '// late' } } },
    ];
    for (const { route, call } of refused) {
      const response = await callRoute(route, call, mock.cookie);
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(TIME_IS_UP);
    }
    expect((await callRoute(signalsRoute, { method: 'POST', path: `/api/attempts/${mock.attemptId}/signals`, params: { attemptId: mock.attemptId }, body: { kind: 'focus_lost' } }, mock.cookie)).status).toBe(409);

    expect(await endAttempt(prisma, { attemptId: mock.attemptId, by: 'deadline' })).toBe('ended');
    const ended = await attemptRow(mock.attemptId);
    expect(ended).toMatchObject({ endedBy: 'deadline', finishedAt: mock.deadlineAt });
    const finish = await callRoute(finishRoute, { method: 'POST', path: `/api/attempts/${mock.attemptId}/finish`, params: { attemptId: mock.attemptId }, body: {} }, mock.cookie);
    expect(finish.status).toBe(409);
    expect(await endAttempt(prisma, { attemptId: mock.attemptId, by: 'deadline' })).toBe('already_ended');

    // a new mock interview is a new attempt; the ended one is as it was, its last saved code graded once
    const again = await callRoute(mockInterviewsRoute, { method: 'POST', path: '/api/mock-interviews', params: {}, body: { kind: 'preset', preset: 'warm-up-20' } }, mock.cookie);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { attemptId: string }).attemptId).not.toBe(mock.attemptId);
    expect(await attemptRow(mock.attemptId)).toEqual(ended);
    const submits = await prisma.submission.findMany({ where: { attemptId: mock.attemptId }, select: { kind: true, code: true } });
    expect(submits).toEqual([{ kind: 'submit', code: '// saved in time' }]);
  });

  it('while it runs, a second start, a second tab’s Finish or a replayed one change nothing: it ends once, when the candidate finishes', async () => {
    const mock = await mockEndingIn(10 * MINUTE);
    const before = await attemptRow(mock.attemptId);
    const second = await callRoute(mockInterviewsRoute, { method: 'POST', path: '/api/mock-interviews', params: {}, body: { kind: 'preset', preset: 'warm-up-20' } }, mock.cookie);
    expect(second.status).toBe(409);
    expect(await attemptRow(mock.attemptId)).toEqual(before);
    const finish = () => callRoute(finishRoute, { method: 'POST', path: `/api/attempts/${mock.attemptId}/finish`, params: { attemptId: mock.attemptId }, body: {} }, mock.cookie);
    expect((await finish()).status).toBe(200);
    const finished = await attemptRow(mock.attemptId);
    expect(finished).toMatchObject({ endedBy: 'finished', deadlineAt: before.deadlineAt });
    expect((await finish()).status).toBe(200);
    expect(await attemptRow(mock.attemptId)).toEqual(finished);
    // the deadline job, when it comes, finds it ended
    expect(await jobsWithKey(prisma, deadlineJobKey(mock.attemptId))).toEqual([]);
    expect(await endAttempt(prisma, { attemptId: mock.attemptId, by: 'deadline' })).toBe('already_ended');
    const save = await callRoute(draftRoute, { method: 'PUT', path: `/api/attempts/${mock.attemptId}/problems/${mock.slugs[0]}/draft`, params: { attemptId: mock.attemptId, slug: mock.slugs[0]! }, body: { code: '// after finishing' } }, mock.cookie);
    expect(save.status).toBe(409);
    expect(await attemptRow(mock.attemptId)).toEqual(finished);
  });
});

describe('a mock interview is the candidate’s alone', () => {
  it('never counts as an organization’s assessment: staff of the candidate’s own hiring organization cannot reach it, and it is in no assessment list', async () => {
    const team = await hiringTeam(prisma, { candidates: 1 });
    const candidate = team.candidates[0]!;
    const { topic } = await topicWith(['easy', 'medium']);
    const { attemptId } = await startMockInterview(prisma, { userId: candidate.id, input: custom(topic) });
    const slug = (await prisma.attemptProblem.findFirstOrThrow({ where: { attemptId }, select: { problem: { select: { slug: true } } } })).problem.slug;
    const before = await attemptRow(attemptId);
    for (const staff of [team.owner, team.coach, team.reviewer]) {
      const cookie = await sessionCookie(staff.email, PASSWORD);
      for (const [route, call] of [
        [reportRoute, { method: 'GET', path: `/api/attempts/${attemptId}/report`, params: { attemptId } }],
        [playbackRoute, { method: 'GET', path: `/api/attempts/${attemptId}/problems/${slug}/playback`, params: { attemptId, slug } }],
        [clockRoute, { method: 'GET', path: `/api/attempts/${attemptId}/clock`, params: { attemptId } }],
        [reviewRoute, { method: 'PUT', path: `/api/attempts/${attemptId}/review`, params: { attemptId }, body: { scorecard: [], notes: 'x', decision: 'advance' } }],
        [finishRoute, { method: 'POST', path: `/api/attempts/${attemptId}/finish`, params: { attemptId }, body: {} }],
      ] as const) {
        expect((await callRoute(route, call, cookie)).status, `${staff.email} ${call.method} ${call.path}`).toBe(404);
      }
      await expect(getMockInterviewReport(prisma, { userId: staff.id, attemptId })).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await attemptRow(attemptId)).toEqual(before);
    expect(await prisma.review.count({ where: { attemptId } })).toBe(0);
    // the organization's assessment has the candidate's seat but no attempt; the candidate's list shows that assessment only
    expect(await prisma.assessmentCandidate.findFirstOrThrow({ where: { assessmentId: team.assessmentId, candidateId: candidate.id }, select: { attempt: true } })).toEqual({ attempt: null });
    expect((await listMyAssessments(prisma, { userId: candidate.id })).map((a) => a.id)).toEqual([team.assessmentId]);
    expect((await listMockInterviews(prisma, { userId: candidate.id })).map((m) => m.attemptId)).toEqual([attemptId]);
    expect(await listMockInterviews(prisma, { userId: team.owner.id })).toEqual([]);
  });

  it('lets its candidate replay their own work, while an assessment’s candidate still cannot replay theirs', async () => {
    const mock = await mockEndingIn(10 * MINUTE);
    await saveAttemptDraft(prisma, { userId: mock.candidate.id, attemptId: mock.attemptId, problemSlug: mock.slugs[0]!, code: '// mine' });
    const playback = await callRoute(playbackRoute, { method: 'GET', path: `/api/attempts/${mock.attemptId}/problems/${mock.slugs[0]}/playback`, params: { attemptId: mock.attemptId, slug: mock.slugs[0]! } }, mock.cookie);
    expect(playback.status).toBe(200);
    expect(((await playback.json()) as { snapshots: { code: string }[] }).snapshots.map((s) => s.code)).toEqual(['// mine']);
    const other = await newUser(prisma, 'Other');
    const otherCookie = await sessionCookie(other.email, PASSWORD);
    expect((await callRoute(playbackRoute, { method: 'GET', path: `/api/attempts/${mock.attemptId}/problems/${mock.slugs[0]}/playback`, params: { attemptId: mock.attemptId, slug: mock.slugs[0]! } }, otherCookie)).status).toBe(404);
    await expect(getMockInterviewReport(prisma, { userId: other.id, attemptId: mock.attemptId })).rejects.toMatchObject({ code: 'not_found' });

    const team = await hiringTeam(prisma, { candidates: 1 });
    const seated = team.candidates[0]!;
    const { startAttempt } = await import('../../lib/server/attempts/start-attempt');
    const { attemptId } = await startAttempt(prisma, { userId: seated.id, organizationId: team.organizationId, assessmentId: team.assessmentId });
    const cookie = await sessionCookie(seated.email, PASSWORD);
    expect((await callRoute(playbackRoute, { method: 'GET', path: `/api/attempts/${attemptId}/problems/${team.slugs[0]}/playback`, params: { attemptId, slug: team.slugs[0]! } }, cookie)).status).toBe(404);
    await expect(getMockInterviewReport(prisma, { userId: seated.id, attemptId })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the report', () => {
  it('gives each problem’s score, time spent and final verdict with each test by name and verdict only, once the interview has ended', async () => {
    const mock = await mockEndingIn(2_000);
    await saveAttemptDraft(prisma, { userId: mock.candidate.id, attemptId: mock.attemptId, problemSlug: mock.slugs[1]!, code: '// the second problem' });
    const running = await getMockInterviewReport(prisma, { userId: mock.candidate.id, attemptId: mock.attemptId });
    expect(running.status).toBe('in_progress');
    expect(running.problems.every((p) => p.final === null && p.commonMistakes.length === 0)).toBe(true);
    await waitUntil(mock.deadlineAt, 100);
    await endAttempt(prisma, { attemptId: mock.attemptId, by: 'deadline' });
    // the worker's verdict, as it would record it
    const final = await prisma.attemptProblem.findFirstOrThrow({ where: { attemptId: mock.attemptId, problem: { slug: mock.slugs[1]! } }, select: { finalSubmissionId: true } });
    await prisma.submission.update({
      where: { id: final.finalSubmissionId! },
      data: {
        status: 'done', verdict: 'wrong_answer', score: 0.5,
        testResults: { create: [{ ordinal: 0, name: 'sample', hidden: false, verdict: 'accepted', timeMs: 1 }, { ordinal: 1, name: 'large inputs', hidden: true, verdict: 'wrong_answer', timeMs: 1, message: 'expected 42, got 41', details: { expected: 42 } }] },
      },
    });
    const report = await getMockInterviewReport(prisma, { userId: mock.candidate.id, attemptId: mock.attemptId });
    expect(report.status).toBe('auto_submitted');
    expect(report.score).toBe(0.25);
    const [first, second] = report.problems;
    expect(first).toMatchObject({ final: null, finalCode: null, score: null });
    expect(second).toMatchObject({ score: 0.5, finalCode: '// the second problem', final: { verdict: 'wrong_answer', auto: true, tests: [{ name: 'sample', hidden: false, verdict: 'accepted' }, { name: 'large inputs', hidden: true, verdict: 'wrong_answer' }] } });
    expect(JSON.stringify(report)).not.toContain('expected 42');
    expect(second!.secondsSpent + first!.secondsSpent + report.unattributedSeconds).toBe(report.secondsUsed);
    expect(second!.draw).toMatchObject({ solvedBefore: false });
  });
});
