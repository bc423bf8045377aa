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
      name: `Matrix ${unique}`, slug: `matrix-${unique}`, kind: 'coaching',
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
  const submit = (problemId: string) => prisma.submission.create({ data: { userId: users.alice, problemId, problemVersion: 'v1', kind: 'submit', code: '// alice', status: 'done', verdict: 'accepted', score: 1 } });
  const work = await submit(problems.assigned.id);
  const practice = await submit(problems.unassigned.id);
  return { problemSlug: problems.assigned.slug, orgId: org.id, orgName: org.name, setId: set.id, spareSetId: spareSet.id, assignmentId: assignment.id, invitationId: invitation.id, token, workId: work.id, practiceId: practice.id };
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
