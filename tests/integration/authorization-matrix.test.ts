import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as organizationsRoute from '../../app/api/organizations/route';
import * as organizationRoute from '../../app/api/organizations/[organizationId]/route';
import * as membersRoute from '../../app/api/organizations/[organizationId]/members/route';
import * as memberRoute from '../../app/api/organizations/[organizationId]/members/[userId]/route';
import * as invitationsRoute from '../../app/api/organizations/[organizationId]/invitations/route';
import * as invitationRoute from '../../app/api/organizations/[organizationId]/invitations/[invitationId]/route';
import * as problemSetsRoute from '../../app/api/organizations/[organizationId]/problem-sets/route';
import * as problemSetRoute from '../../app/api/organizations/[organizationId]/problem-sets/[problemSetId]/route';
import * as assignmentsRoute from '../../app/api/organizations/[organizationId]/assignments/route';
import * as assignmentRoute from '../../app/api/organizations/[organizationId]/assignments/[assignmentId]/route';
import * as cohortRoute from '../../app/api/organizations/[organizationId]/cohort/route';
import * as cohortCsvRoute from '../../app/api/organizations/[organizationId]/cohort/csv/route';
import * as joinRoute from '../../app/api/join/[token]/route';
import * as submissionRoute from '../../app/api/submissions/[id]/route';
import * as submissionCodeRoute from '../../app/api/submissions/[id]/code/route';
import * as assessmentsRoute from '../../app/api/organizations/[organizationId]/assessments/route';
import * as assessmentRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/route';
import * as assessmentCsvRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/csv/route';
import * as assessmentInvitationsRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/invitations/route';
import * as seatsRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/seats/route';
import * as seatRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/seats/[seatId]/route';
import * as startRoute from '../../app/api/organizations/[organizationId]/assessments/[assessmentId]/attempt/route';
import * as flagRoute from '../../app/api/organizations/[organizationId]/similarity-flags/[flagId]/route';
import * as scorecardRoute from '../../app/api/organizations/[organizationId]/scorecard/route';
import * as clockRoute from '../../app/api/attempts/[attemptId]/clock/route';
import * as attemptDraftRoute from '../../app/api/attempts/[attemptId]/problems/[slug]/draft/route';
import * as playbackRoute from '../../app/api/attempts/[attemptId]/problems/[slug]/playback/route';
import * as attemptSubmissionsRoute from '../../app/api/attempts/[attemptId]/submissions/route';
import * as finishRoute from '../../app/api/attempts/[attemptId]/finish/route';
import * as signalsRoute from '../../app/api/attempts/[attemptId]/signals/route';
import * as reportRoute from '../../app/api/attempts/[attemptId]/report/route';
import * as reviewRoute from '../../app/api/attempts/[attemptId]/review/route';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';
import { callRoute, sessionCookie, useTestServerEnv, type Call, type RouteModule } from './helpers-http';

// Who asks. "candidate" is another candidate of the same organization; "the candidate" owns the work.
const ROLES = ['owner', 'coach', 'reviewer', 'candidate', 'the candidate', 'outsider', 'signed out'] as const;
type Role = (typeof ROLES)[number];
type Expected = Record<Role, number>;

/** Expected statuses in ROLES order. */
const by = (...statuses: [number, number, number, number, number, number, number]): Expected =>
  Object.fromEntries(ROLES.map((role, i) => [role, statuses[i]!])) as Expected;

const prisma = testPrisma();
const PASSWORD = 'password-1';
const users = {} as Record<'owner' | 'coach' | 'reviewer' | 'alice' | 'bob' | 'outsider', string>;
const cookies = {} as Record<Role, string | null>;
let otherOrgId = '';

async function newProblem(label: string) {
  const slug = `matrix-${label}-${randomBytes(4).toString('hex')}`;
  return prisma.problem.create({
    data: { slug, title: slug, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64 },
    select: { id: true, slug: true },
  });
}

/**
 * A fresh organization, with problems of its own, for every cell: no cell depends on another (a
 * role changed in one cell's organization cannot open another cell's submissions).
 */
type World = Awaited<ReturnType<typeof buildWorld>>;
async function buildWorld() {
  const unique = randomBytes(4).toString('hex');
  const problems = { assigned: await newProblem('assigned'), unassigned: await newProblem('practice') };
  const org = await prisma.organization.create({
    data: {
      name: `Matrix ${unique}`, slug: `matrix-${unique}`, kind: 'hiring',
      memberships: {
        create: [
          { userId: users.owner, role: 'owner' }, { userId: users.coach, role: 'coach' }, { userId: users.reviewer, role: 'reviewer' },
          { userId: users.alice, role: 'candidate' }, { userId: users.bob, role: 'candidate' },
        ],
      },
    },
  });
  const set = await prisma.problemSet.create({ data: { title: 'Assigned set', organizationId: org.id, createdById: users.coach, items: { create: [{ problemId: problems.assigned.id, position: 0 }] } } });
  const spareSet = await prisma.problemSet.create({ data: { title: 'Spare set', organizationId: org.id, createdById: users.coach, items: { create: [{ problemId: problems.assigned.id, position: 0 }] } } });
  const assignment = await prisma.assignment.create({ data: { organizationId: org.id, problemSetId: set.id, candidateId: users.alice, assignedById: users.coach } });
  const token = randomBytes(32).toString('base64url');
  const invitation = await prisma.invitation.create({ data: { organizationId: org.id, role: 'candidate', token, createdById: users.owner, expiresAt: new Date(Date.now() + 86_400_000) } });
  // an hour ago: the worlds' own submissions must not count against Alice's Runs and Submits per minute
  const submit = (problemId: string) =>
    prisma.submission.create({ data: { userId: users.alice, problemId, problemVersion: 'v1', kind: 'submit', code: '// alice', status: 'done', verdict: 'accepted', score: 1, createdAt: new Date(Date.now() - 3_600_000) } });
  const work = await submit(problems.assigned.id);
  const practice = await submit(problems.unassigned.id);
  return {
    problemSlug: problems.assigned.slug, orgId: org.id, orgName: org.name, setId: set.id, spareSetId: spareSet.id, assignmentId: assignment.id, invitationId: invitation.id, token, workId: work.id, practiceId: practice.id,
    ...(await buildAssessments(org.id, set.id)),
  };
}

/**
 * Two assessments of the organization: one Alice is taking (her attempt running, with a Submit), one
 * Alice and Bob have ended (a similarity flag between them, the owner's review of Alice). Elsewhere, a
 * coaching group of the outsider's has assigned the assessed problem to Alice: it must not open her
 * assessment work.
 */
async function buildAssessments(organizationId: string, spareProblemSetId: string) {
  const assessed = await newProblem('assessed');
  const hour = 3_600_000;
  const now = Date.now();
  const hiringSet = await prisma.problemSet.create({ data: { title: 'Hiring set', organizationId, createdById: users.coach, items: { create: [{ problemId: assessed.id, position: 0 }] } } });
  const assessment = (title: string) =>
    prisma.assessment.create({ data: { organizationId, problemSetId: hiringSet.id, title, timeLimitMinutes: 60, opensAt: new Date(now - hour), closesAt: new Date(now + 24 * hour), createdById: users.coach } });
  const attempt = (seatId: string, candidateId: string, ended: boolean) =>
    prisma.attempt.create({
      data: {
        candidateId, assessmentCandidateId: seatId, grantedMinutes: 60, startedAt: new Date(now - (ended ? 2 : 0.5) * hour), deadlineAt: new Date(now + (ended ? -1 : 0.5) * hour),
        ...(ended ? { finishedAt: new Date(now - hour), endedBy: 'deadline' as const } : {}),
        problems: { create: { problemId: assessed.id, position: 0, points: 100, problemVersion: 'v1', code: `// ${candidateId}` } },
        snapshots: { create: { userId: candidateId, problemId: assessed.id, seq: 1, code: `// ${candidateId}` } },
      },
    });
  const running = await assessment('Running');
  const seat = await prisma.assessmentCandidate.create({ data: { assessmentId: running.id, candidateId: users.alice, number: 1 } });
  const runningAttempt = await attempt(seat.id, users.alice, false);
  const attemptWork = await prisma.submission.create({ data: { userId: users.alice, problemId: assessed.id, problemVersion: 'v1', attemptId: runningAttempt.id, kind: 'submit', code: '// alice, timed', status: 'done', verdict: 'accepted', score: 1, createdAt: new Date(now - hour / 4) } });
  const ended = await assessment('Ended');
  const aliceSeat = await prisma.assessmentCandidate.create({ data: { assessmentId: ended.id, candidateId: users.alice, number: 1 } });
  const bobSeat = await prisma.assessmentCandidate.create({ data: { assessmentId: ended.id, candidateId: users.bob, number: 2 } });
  const endedAttempt = await attempt(aliceSeat.id, users.alice, true);
  const bobAttempt = await attempt(bobSeat.id, users.bob, true);
  const [left, right] = [endedAttempt.id, bobAttempt.id].sort();
  const flag = await prisma.similarityFlag.create({ data: { assessmentId: ended.id, problemId: assessed.id, leftAttemptId: left!, rightAttemptId: right!, similarity: 0.9, longestFragment: 10, fragments: [] } });
  await prisma.review.create({ data: { attemptId: endedAttempt.id, reviewerId: users.owner, scorecard: [{ criterion: 'Correctness', rating: 4, notes: 'private' }], notes: 'private', decision: 'advance' } });
  const elsewhere = await prisma.organization.create({
    data: { name: `Coaching elsewhere ${randomBytes(3).toString('hex')}`, slug: `elsewhere-coaching-${randomBytes(4).toString('hex')}`, kind: 'coaching', memberships: { create: [{ userId: users.outsider, role: 'owner' }, { userId: users.alice, role: 'candidate' }] } },
  });
  const elsewhereSet = await prisma.problemSet.create({ data: { title: 'Same problem', organizationId: elsewhere.id, createdById: users.outsider, items: { create: [{ problemId: assessed.id, position: 0 }] } } });
  await prisma.assignment.create({ data: { organizationId: elsewhere.id, problemSetId: elsewhereSet.id, candidateId: users.alice, assignedById: users.outsider } });
  return {
    assessedSlug: assessed.slug, hiringSetId: hiringSet.id, spareProblemSetId, assessmentId: running.id, seatId: seat.id, attemptId: runningAttempt.id, attemptWorkId: attemptWork.id,
    endedAssessmentId: ended.id, endedAttemptId: endedAttempt.id, flagId: flag.id,
  };
}

/** Everything a refused write must leave as it was. */
async function snapshot(world: World) {
  return prisma.organization.findUnique({
    where: { id: world.orgId },
    select: {
      name: true,
      memberships: { select: { userId: true, role: true }, orderBy: { userId: 'asc' } },
      invitations: { select: { id: true, revokedAt: true, uses: true }, orderBy: { id: 'asc' } },
      problemSets: { select: { id: true, title: true, archivedAt: true, items: { select: { problemId: true, points: true } } }, orderBy: { id: 'asc' } },
      assignments: { select: { id: true, candidateId: true, dueAt: true }, orderBy: { id: 'asc' } },
      scorecardCriteria: true,
      assessments: {
        orderBy: { id: 'asc' },
        select: {
          title: true, timeLimitMinutes: true, closesAt: true,
          similarityFlags: { select: { reviewedAt: true } },
          candidates: {
            orderBy: { number: 'asc' },
            select: {
              candidateId: true, extraTimeMinutes: true, extraTimePercent: true,
              attempt: {
                select: {
                  deadlineAt: true, finishedAt: true,
                  problems: { select: { code: true, finalSubmissionId: true } },
                  reviews: { select: { scorecard: true, notes: true, decision: true } },
                  _count: { select: { submissions: true, snapshots: true, signals: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

type Cell = { object: string; action: 'read' | 'create' | 'update' | 'delete'; route: RouteModule; call: (w: World) => Call; expected: Expected };

const org = (w: World) => ({ organizationId: w.orgId });
const inFuture = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

const CELLS: Cell[] = [
  // organization
  { object: 'organization', action: 'read', route: organizationRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}`, params: org(w) }), expected: by(200, 200, 200, 200, 200, 404, 401) },
  { object: 'organization', action: 'create', route: organizationsRoute, call: () => ({ method: 'POST', path: '/api/organizations', params: {}, body: { name: 'Another group', kind: 'coaching' } }), expected: by(201, 201, 201, 201, 201, 201, 401) },
  { object: 'organization', action: 'update', route: organizationRoute, call: (w) => ({ method: 'PATCH', path: `/api/organizations/${w.orgId}`, params: org(w), body: { name: 'Renamed' } }), expected: by(200, 403, 403, 403, 403, 404, 401) },
  { object: 'organization', action: 'delete', route: organizationRoute, call: (w) => ({ method: 'DELETE', path: `/api/organizations/${w.orgId}`, params: org(w), body: { confirmName: w.orgName } }), expected: by(200, 403, 403, 403, 403, 404, 401) },
  // members (one joins through an invitation link: holding the link is the permission)
  { object: 'members', action: 'read', route: membersRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/members`, params: org(w) }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  { object: 'members', action: 'create', route: joinRoute, call: (w) => ({ method: 'POST', path: `/api/join/${w.token}`, params: { token: w.token } }), expected: by(200, 200, 200, 200, 200, 200, 401) },
  { object: 'members', action: 'update', route: memberRoute, call: (w) => ({ method: 'PATCH', path: `/api/organizations/${w.orgId}/members/${users.bob}`, params: { ...org(w), userId: users.bob }, body: { role: 'coach' } }), expected: by(200, 403, 403, 403, 403, 404, 401) },
  { object: 'members', action: 'delete', route: memberRoute, call: (w) => ({ method: 'DELETE', path: `/api/organizations/${w.orgId}/members/${users.bob}`, params: { ...org(w), userId: users.bob } }), expected: by(200, 403, 403, 403, 403, 404, 401) },
  // invitations
  { object: 'invitation', action: 'read', route: invitationsRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/invitations`, params: org(w) }), expected: by(200, 200, 403, 403, 403, 404, 401) },
  { object: 'invitation', action: 'create', route: invitationsRoute, call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/invitations`, params: org(w), body: { role: 'candidate', expiresInDays: 7, uses: 'single' } }), expected: by(201, 201, 403, 403, 403, 404, 401) },
  { object: 'invitation for a coach', action: 'create', route: invitationsRoute, call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/invitations`, params: org(w), body: { role: 'coach', expiresInDays: 7, uses: 'multi' } }), expected: by(201, 403, 403, 403, 403, 404, 401) },
  { object: 'invitation', action: 'delete', route: invitationRoute, call: (w) => ({ method: 'DELETE', path: `/api/organizations/${w.orgId}/invitations/${w.invitationId}`, params: { ...org(w), invitationId: w.invitationId } }), expected: by(200, 200, 403, 403, 403, 404, 401) },
  // problem sets
  { object: 'problem set', action: 'read', route: problemSetRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/problem-sets/${w.setId}`, params: { ...org(w), problemSetId: w.setId } }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  {
    object: 'problem set', action: 'create', route: problemSetsRoute,
    call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/problem-sets`, params: org(w), body: { title: 'New set', description: '', items: [{ slug: w.problemSlug, points: 10 }] } }),
    expected: by(201, 201, 403, 403, 403, 404, 401),
  },
  {
    object: 'problem set', action: 'update', route: problemSetRoute,
    call: (w) => ({ method: 'PUT', path: `/api/organizations/${w.orgId}/problem-sets/${w.setId}`, params: { ...org(w), problemSetId: w.setId }, body: { title: 'Edited', description: 'x', items: [{ slug: w.problemSlug, points: 5 }] } }),
    expected: by(200, 200, 403, 403, 403, 404, 401),
  },
  { object: 'problem set', action: 'delete', route: problemSetRoute, call: (w) => ({ method: 'DELETE', path: `/api/organizations/${w.orgId}/problem-sets/${w.spareSetId}`, params: { ...org(w), problemSetId: w.spareSetId } }), expected: by(200, 200, 403, 403, 403, 404, 401) },
  // assignments (another candidate's is "not found", not "forbidden")
  { object: 'assignment', action: 'read', route: assignmentRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/assignments/${w.assignmentId}`, params: { ...org(w), assignmentId: w.assignmentId } }), expected: by(200, 200, 200, 404, 200, 404, 401) },
  {
    object: 'assignment', action: 'create', route: assignmentsRoute,
    call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/assignments`, params: org(w), body: { problemSetId: w.spareSetId, candidateIds: [users.bob], dueAt: inFuture() } }),
    expected: by(201, 201, 403, 403, 403, 404, 401),
  },
  {
    object: 'assignment', action: 'update', route: assignmentRoute,
    call: (w) => ({ method: 'PATCH', path: `/api/organizations/${w.orgId}/assignments/${w.assignmentId}`, params: { ...org(w), assignmentId: w.assignmentId }, body: { dueAt: inFuture() } }),
    expected: by(200, 200, 403, 403, 403, 404, 401),
  },
  { object: 'assignment', action: 'delete', route: assignmentRoute, call: (w) => ({ method: 'DELETE', path: `/api/organizations/${w.orgId}/assignments/${w.assignmentId}`, params: { ...org(w), assignmentId: w.assignmentId } }), expected: by(200, 200, 403, 403, 403, 404, 401) },
  // the cohort
  { object: 'cohort', action: 'read', route: cohortRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/cohort?set=${w.setId}`, params: org(w) }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  { object: 'cohort CSV', action: 'read', route: cohortCsvRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/cohort/csv?set=${w.setId}`, params: org(w) }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  // a candidate's submission and code: staff see work on what their organization assigned, nothing else
  { object: "a candidate's submission", action: 'read', route: submissionRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.workId}`, params: { id: w.workId } }), expected: by(200, 200, 200, 404, 200, 404, 401) },
  { object: "a candidate's code", action: 'read', route: submissionCodeRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.workId}/code`, params: { id: w.workId } }), expected: by(200, 200, 200, 404, 200, 404, 401) },
  { object: "a candidate's practice outside the assignment", action: 'read', route: submissionRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.practiceId}`, params: { id: w.practiceId } }), expected: by(404, 404, 404, 404, 200, 404, 401) },
  { object: "a candidate's code outside the assignment", action: 'read', route: submissionCodeRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.practiceId}/code`, params: { id: w.practiceId } }), expected: by(404, 404, 404, 404, 200, 404, 401) },
  // assessments: staff read them, owners and coaches set them up
  { object: 'assessment', action: 'read', route: assessmentRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}`, params: { ...org(w), assessmentId: w.assessmentId } }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  { object: 'assessments', action: 'read', route: assessmentsRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/assessments`, params: org(w) }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  {
    object: 'assessment', action: 'create', route: assessmentsRoute,
    call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/assessments`, params: org(w), body: { title: 'New', problemSetId: w.hiringSetId, timeLimitMinutes: 30, opensAt: '', closesAt: inFuture(), instructions: '' } }),
    expected: by(201, 201, 403, 403, 403, 404, 401),
  },
  {
    object: 'assessment', action: 'update', route: assessmentRoute,
    call: (w) => ({ method: 'PUT', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}`, params: { ...org(w), assessmentId: w.assessmentId }, body: { title: 'Renamed', problemSetId: w.hiringSetId, timeLimitMinutes: 5, opensAt: '', closesAt: inFuture(), instructions: '' } }),
    expected: by(200, 200, 403, 403, 403, 404, 401),
  },
  { object: 'assessment results CSV', action: 'read', route: assessmentCsvRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/assessments/${w.endedAssessmentId}/csv`, params: { ...org(w), assessmentId: w.endedAssessmentId } }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  {
    object: 'assessment invitation', action: 'create', route: assessmentInvitationsRoute,
    call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}/invitations`, params: { ...org(w), assessmentId: w.assessmentId }, body: { emails: 'new@example.test', extraTimeMinutes: 0, extraTimePercent: 0 } }),
    expected: by(201, 201, 403, 403, 403, 404, 401),
  },
  {
    object: 'assessment seat', action: 'create', route: seatsRoute,
    call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}/seats`, params: { ...org(w), assessmentId: w.assessmentId }, body: { candidateIds: [users.bob], extraTimeMinutes: 0, extraTimePercent: 0 } }),
    expected: by(201, 201, 403, 403, 403, 404, 401),
  },
  {
    object: "a candidate's extra time", action: 'update', route: seatRoute,
    call: (w) => ({ method: 'PATCH', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}/seats/${w.seatId}`, params: { ...org(w), assessmentId: w.assessmentId, seatId: w.seatId }, body: { extraTimeMinutes: 30, extraTimePercent: 0 } }),
    expected: by(200, 200, 403, 403, 403, 404, 401),
  },
  // attempts: only the seated candidate starts and works in one; staff read it, never change it
  { object: 'attempt', action: 'create', route: startRoute, call: (w) => ({ method: 'POST', path: `/api/organizations/${w.orgId}/assessments/${w.assessmentId}/attempt`, params: { ...org(w), assessmentId: w.assessmentId } }), expected: by(403, 403, 403, 404, 200, 404, 401) },
  { object: 'attempt (its clock)', action: 'read', route: clockRoute, call: (w) => ({ method: 'GET', path: `/api/attempts/${w.attemptId}/clock`, params: { attemptId: w.attemptId } }), expected: by(404, 404, 404, 404, 200, 404, 401) },
  { object: 'attempt report (reviews included)', action: 'read', route: reportRoute, call: (w) => ({ method: 'GET', path: `/api/attempts/${w.endedAttemptId}/report`, params: { attemptId: w.endedAttemptId } }), expected: by(200, 200, 200, 404, 404, 404, 401) },
  {
    object: 'attempt (a save)', action: 'update', route: attemptDraftRoute,
    call: (w) => ({ method: 'PUT', path: `/api/attempts/${w.attemptId}/problems/${w.assessedSlug}/draft`, params: { attemptId: w.attemptId, slug: w.assessedSlug }, body: { code: '// changed' } }),
    expected: by(404, 404, 404, 404, 200, 404, 401),
  },
  {
    object: 'attempt (a Submit)', action: 'create', route: attemptSubmissionsRoute,
    call: (w) => ({ method: 'POST', path: `/api/attempts/${w.attemptId}/submissions`, params: { attemptId: w.attemptId }, body: { problemSlug: w.assessedSlug, kind: 'submit', code: '// submitted' } }),
    expected: by(404, 404, 404, 404, 201, 404, 401),
  },
  { object: 'attempt (Finish)', action: 'update', route: finishRoute, call: (w) => ({ method: 'POST', path: `/api/attempts/${w.attemptId}/finish`, params: { attemptId: w.attemptId } }), expected: by(404, 404, 404, 404, 200, 404, 401) },
  { object: 'attempt signal', action: 'create', route: signalsRoute, call: (w) => ({ method: 'POST', path: `/api/attempts/${w.attemptId}/signals`, params: { attemptId: w.attemptId }, body: { kind: 'focus_lost' } }), expected: by(404, 404, 404, 404, 201, 404, 401) },
  { object: 'snapshots (playback)', action: 'read', route: playbackRoute, call: (w) => ({ method: 'GET', path: `/api/attempts/${w.endedAttemptId}/problems/${w.assessedSlug}/playback`, params: { attemptId: w.endedAttemptId, slug: w.assessedSlug } }), expected: by(200, 200, 200, 404, 404, 404, 401) },
  // the outsider's coaching group assigned the same problem to Alice: her assessment work stays closed to it
  { object: "a candidate's assessment Submit", action: 'read', route: submissionRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.attemptWorkId}`, params: { id: w.attemptWorkId } }), expected: by(200, 200, 200, 404, 200, 404, 401) },
  { object: "a candidate's assessment code", action: 'read', route: submissionCodeRoute, call: (w) => ({ method: 'GET', path: `/api/submissions/${w.attemptWorkId}/code`, params: { id: w.attemptWorkId } }), expected: by(200, 200, 200, 404, 200, 404, 401) },
  // similarity flags and reviews: staff only; candidates never see either
  { object: 'similarity flag', action: 'read', route: flagRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${w.orgId}/similarity-flags/${w.flagId}`, params: { ...org(w), flagId: w.flagId } }), expected: by(200, 200, 200, 403, 403, 404, 401) },
  {
    object: 'similarity flag', action: 'update', route: flagRoute,
    call: (w) => ({ method: 'PATCH', path: `/api/organizations/${w.orgId}/similarity-flags/${w.flagId}`, params: { ...org(w), flagId: w.flagId }, body: { reviewed: true } }),
    expected: by(200, 200, 200, 403, 403, 404, 401),
  },
  {
    object: 'review', action: 'update', route: reviewRoute,
    call: (w) => ({ method: 'PUT', path: `/api/attempts/${w.endedAttemptId}/review`, params: { attemptId: w.endedAttemptId }, body: { scorecard: [{ criterion: 'Correctness', rating: 2, notes: '' }], notes: 'mine', decision: 'hold' } }),
    expected: by(200, 200, 200, 404, 404, 404, 401),
  },
  {
    object: 'scorecard criteria', action: 'update', route: scorecardRoute,
    call: (w) => ({ method: 'PUT', path: `/api/organizations/${w.orgId}/scorecard`, params: org(w), body: { criteria: 'Correctness\nClarity' } }),
    expected: by(200, 403, 403, 403, 403, 404, 401),
  },
  // guessing ids: this organization's objects through another organization's address
  { object: 'problem set via another organization', action: 'read', route: problemSetRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${otherOrgId}/problem-sets/${w.setId}`, params: { organizationId: otherOrgId, problemSetId: w.setId } }), expected: by(404, 404, 404, 404, 404, 404, 401) },
  {
    object: 'assignment via another organization', action: 'update', route: assignmentRoute,
    call: (w) => ({ method: 'PATCH', path: `/api/organizations/${otherOrgId}/assignments/${w.assignmentId}`, params: { organizationId: otherOrgId, assignmentId: w.assignmentId }, body: { dueAt: inFuture() } }),
    expected: by(404, 404, 404, 404, 404, 404, 401),
  },
  { object: 'cohort via another organization', action: 'read', route: cohortRoute, call: (w) => ({ method: 'GET', path: `/api/organizations/${otherOrgId}/cohort?set=${w.setId}`, params: { organizationId: otherOrgId } }), expected: by(404, 404, 404, 404, 404, 404, 401) },
];

// actions no one is offered: the route does not answer them at all (Next replies 405)
const NOT_OFFERED: [string, RouteModule, (keyof RouteModule)[]][] = [
  ['organization', organizationRoute, ['PUT', 'POST']],
  ['members', membersRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['invitation', invitationRoute, ['GET', 'PUT', 'PATCH']],
  ['cohort', cohortRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['cohort CSV', cohortCsvRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ["a candidate's submission", submissionRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ["a candidate's code", submissionCodeRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['assessment', assessmentRoute, ['POST', 'PATCH', 'DELETE']],
  ['assessment seat', seatRoute, ['GET', 'PUT', 'POST', 'DELETE']],
  ['attempt report', reportRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['snapshots', playbackRoute, ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['review', reviewRoute, ['GET', 'POST', 'PATCH', 'DELETE']],
  ['similarity flag', flagRoute, ['POST', 'PUT', 'DELETE']],
];

beforeAll(async () => {
  useTestServerEnv();
  const names = ['owner', 'coach', 'reviewer', 'alice', 'bob', 'outsider'] as const;
  const emails: Record<string, string> = {};
  for (const name of names) {
    emails[name] = uniqueEmail(name);
    users[name] = (await seedUser(prisma, { email: emails[name]!, name, password: PASSWORD })).id;
  }
  const login = (name: (typeof names)[number]) => sessionCookie(emails[name]!, PASSWORD);
  Object.assign(cookies, {
    owner: await login('owner'), coach: await login('coach'), reviewer: await login('reviewer'), candidate: await login('bob'),
    'the candidate': await login('alice'), outsider: await login('outsider'), 'signed out': null,
  });
  otherOrgId = (await prisma.organization.create({ data: { name: 'Elsewhere', slug: `elsewhere-${randomBytes(4).toString('hex')}`, kind: 'coaching', memberships: { create: { userId: users.outsider, role: 'owner' } } } })).id;
}, 60_000);
afterAll(() => prisma.$disconnect());

describe('authorization matrix: role × object × action', () => {
  for (const cell of CELLS) {
    describe(`${cell.action} ${cell.object}`, () => {
      for (const role of ROLES) {
        const status = cell.expected[role];
        it(`${role} → ${status}`, async () => {
          const world = await buildWorld();
          const before = await snapshot(world);
          const response = await callRoute(cell.route, cell.call(world), cookies[role]);
          expect(response.status).toBe(status);
          if (status >= 400) {
            const body = (await response.json()) as { error: { message: string } };
            expect(body.error.message).toBeTruthy();
            // a refusal changes nothing, and a 404 does not name what it hid
            expect(await snapshot(world)).toEqual(before);
            if (status === 404) expect(body.error.message).not.toContain(world.orgName);
          }
        });
      }
    });
  }

  it.each(NOT_OFFERED)('%s: no one is offered the other actions', (_object, route, methods) => {
    for (const method of methods) expect(route[method], method).toBeUndefined();
  });
});
