import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { JobHelpers } from 'graphile-worker';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { assignProblemSet } from '../../lib/server/assignments/assign-problem-set';
import { listMyAssignments } from '../../lib/server/assignments/list-my-assignments';
import { updateAssignment } from '../../lib/server/assignments/update-assignment';
import { getSubmissionOrThrow } from '../../lib/server/access/get-submission-or-throw';
import { cohortCsv } from '../../lib/server/cohort/cohort-csv';
import { getCandidateProgress } from '../../lib/server/cohort/get-candidate-progress';
import { getCohort } from '../../lib/server/cohort/get-cohort';
import { acceptInvitation } from '../../lib/server/invitations/accept-invitation';
import { createInvitation } from '../../lib/server/invitations/create-invitation';
import { getInvitation } from '../../lib/server/invitations/get-invitation';
import { listInvitations } from '../../lib/server/invitations/list-invitations';
import { revokeInvitation } from '../../lib/server/invitations/revoke-invitation';
import { createMailer } from '../../lib/server/mail/mailer';
import { changeMemberRole } from '../../lib/server/organizations/change-member-role';
import { createOrganization } from '../../lib/server/organizations/create-organization';
import { deleteOrganization } from '../../lib/server/organizations/delete-organization';
import { removeMember } from '../../lib/server/organizations/remove-member';
import { archiveProblemSet } from '../../lib/server/problem-sets/archive-problem-set';
import { createProblemSet } from '../../lib/server/problem-sets/create-problem-set';
import { deleteProblemSet } from '../../lib/server/problem-sets/delete-problem-set';
import { duplicateProblemSet } from '../../lib/server/problem-sets/duplicate-problem-set';
import { getProblemSet } from '../../lib/server/problem-sets/get-problem-set';
import { updateProblemSet } from '../../lib/server/problem-sets/update-problem-set';
import { buildTaskList } from '../../lib/server/queue/task-list';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
const APP_URL = 'http://grader.test';
const hex = () => randomBytes(4).toString('hex');
const newUser = async (name: string) => (await seedUser(prisma, { email: uniqueEmail(name), name, password: 'password-1' })).id;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function newProblem(title = `Problem ${hex()}`) {
  return prisma.problem.create({
    data: { slug: `coach-${hex()}`, title, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64 },
    select: { id: true, slug: true, title: true },
  });
}

/** A coaching group with an owner, a coach and two candidates, and a set of two problems. */
async function coachingGroup() {
  const [owner, coach, ann, ben] = await Promise.all([newUser('Owner'), newUser('Coach'), newUser('Ann'), newUser('Ben')]);
  const { id: organizationId } = await createOrganization(prisma, { userId: owner, name: `Group ${hex()}`, kind: 'coaching' });
  await prisma.membership.createMany({ data: [{ organizationId, userId: coach, role: 'coach' }, { organizationId, userId: ann, role: 'candidate' }, { organizationId, userId: ben, role: 'candidate' }] });
  const [p1, p2] = [await newProblem('Alpha'), await newProblem('Beta')];
  const { id: problemSetId } = await createProblemSet(prisma, { userId: coach, organizationId, title: 'Week 1', description: '**Go**', items: [{ slug: p1.slug, points: 100 }, { slug: p2.slug, points: 50 }] });
  return { owner, coach, ann, ben, organizationId, problemSetId, p1, p2 };
}

const submit = (userId: string, problemId: string, fields: { verdict?: 'accepted' | 'wrong_answer'; score?: number; createdAt?: Date; kind?: 'run' | 'submit' } = {}) =>
  prisma.submission.create({
    data: { userId, problemId, problemVersion: 'v1', kind: fields.kind ?? 'submit', code: '//', status: 'done', verdict: fields.verdict ?? 'wrong_answer', score: fields.score ?? 0, createdAt: fields.createdAt ?? new Date() },
    select: { id: true },
  });

afterAll(() => prisma.$disconnect());

describe('invitation links', () => {
  it('admits exactly one person through a single-use link, even when many open it at once, and lists who joined', async () => {
    const g = await coachingGroup();
    const { url } = await createInvitation(prisma, { userId: g.coach, organizationId: g.organizationId, role: 'candidate', expiresInDays: 7, uses: 'single', appUrl: APP_URL, mailEnabled: false });
    const token = url.split('/join/')[1]!;
    expect(url).toBe(`${APP_URL}/join/${token}`);
    const people = await Promise.all([newUser('P1'), newUser('P2'), newUser('P3'), newUser('P4')]);
    const results = await Promise.allSettled(people.map((userId) => acceptInvitation(prisma, { userId, token })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect(refused.reason).toMatchObject({ code: 'conflict', message: 'This invitation has already been used. Ask whoever sent it for a new link.' });
    }
    const [listed] = await listInvitations(prisma, { userId: g.owner, organizationId: g.organizationId, appUrl: APP_URL });
    expect(listed).toMatchObject({ status: 'used_up', uses: 1, maxUses: 1 });
    expect(listed!.joined).toHaveLength(1);
    expect((await getInvitation(prisma, { token, userId: null })).status).toBe('used_up');
  });

  it('refuses an expired or a revoked link with a clear message, and lets a member open it without using it up', async () => {
    const g = await coachingGroup();
    const { id, url } = await createInvitation(prisma, { userId: g.owner, organizationId: g.organizationId, role: 'reviewer', expiresInDays: 1, uses: 'multi', appUrl: APP_URL, mailEnabled: false });
    const token = url.split('/join/')[1]!;
    expect(await acceptInvitation(prisma, { userId: g.ann, token })).toEqual({ organizationId: g.organizationId, assessmentId: null, joined: false });
    expect((await prisma.membership.findFirstOrThrow({ where: { userId: g.ann, organizationId: g.organizationId } })).role).toBe('candidate');

    await prisma.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await newUser('Late');
    await expect(acceptInvitation(prisma, { userId: late, token })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/has expired/) });
    await prisma.invitation.update({ where: { id }, data: { expiresAt: inDays(1) } });
    await revokeInvitation(prisma, { userId: g.owner, organizationId: g.organizationId, invitationId: id });
    await expect(acceptInvitation(prisma, { userId: late, token })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/was revoked/) });
    expect(await prisma.membership.count({ where: { userId: late } })).toBe(0);
    await expect(acceptInvitation(prisma, { userId: late, token: 'x'.repeat(43) })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets coaches invite and revoke candidates only', async () => {
    const g = await coachingGroup();
    const base = { organizationId: g.organizationId, expiresInDays: 7, uses: 'multi' as const, appUrl: APP_URL, mailEnabled: false };
    await expect(createInvitation(prisma, { ...base, userId: g.coach, role: 'owner' })).rejects.toMatchObject({ code: 'forbidden' });
    const { id } = await createInvitation(prisma, { ...base, userId: g.owner, role: 'coach' });
    await expect(revokeInvitation(prisma, { userId: g.coach, organizationId: g.organizationId, invitationId: id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('e-mails the link through the queue when SMTP is set up, and refuses an address when it is not', async () => {
    const g = await coachingGroup();
    const base = { userId: g.owner, organizationId: g.organizationId, role: 'candidate' as const, expiresInDays: 3, uses: 'single' as const, appUrl: APP_URL };
    await expect(createInvitation(prisma, { ...base, email: 'someone@example.test', mailEnabled: false })).rejects.toMatchObject({ code: 'bad_request' });

    const received: string[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    try {
      const address = `invitee-${hex()}@example.test`;
      const { url, emailed } = await createInvitation(prisma, { ...base, email: address, mailEnabled: true });
      expect(emailed).toBe(true);
      const [job] = await prisma.$queryRaw<{ id: bigint; payload: { to: string; subject: string; text: string } }[]>`
        SELECT j.id, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'send_email' AND j.payload->>'to' = ${address}`;
      expect(job!.payload.text).toContain(url);
      const port = (sink.server.address() as AddressInfo).port;
      const tasks = buildTaskList({ prisma, loadProblem: () => Promise.reject(new Error('unused')), grade: () => Promise.reject(new Error('unused')), mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Grader <no-reply@grader.test>' }) });
      await tasks.send_email!(job!.payload, { job: { attempts: 1, max_attempts: 5 } } as JobHelpers);
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(`To: ${address}`);
      expect(received[0]!.replace(/=\r\n/g, '')).toContain(url.split('/join/')[1]!.slice(0, 20));
      await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ${job!.id}`;
    } finally {
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});

describe('members', () => {
  it('keeps at least one owner', async () => {
    const g = await coachingGroup();
    await expect(changeMemberRole(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.owner, role: 'coach' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(removeMember(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.owner })).rejects.toMatchObject({ code: 'conflict' });
    await changeMemberRole(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.coach, role: 'owner' });
    await changeMemberRole(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.owner, role: 'coach' });
    expect((await prisma.membership.findFirstOrThrow({ where: { userId: g.owner, organizationId: g.organizationId } })).role).toBe('coach');
  });

  it("removing a candidate withdraws their assignments here, keeps their submissions, and closes staff's view of them", async () => {
    const g = await coachingGroup();
    await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann], dueAt: null });
    const work = await submit(g.ann, g.p1.id);
    expect(await getSubmissionOrThrow(prisma, { viewerId: g.coach, submissionId: work.id })).toMatchObject({ viewer: 'staff' });
    expect(await removeMember(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.ann })).toEqual({ withdrawnAssignments: 1 });
    await expect(getSubmissionOrThrow(prisma, { viewerId: g.coach, submissionId: work.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await getSubmissionOrThrow(prisma, { viewerId: g.ann, submissionId: work.id })).toMatchObject({ viewer: 'author' });
    expect(await listMyAssignments(prisma, { userId: g.ann })).toEqual([]);
  });

  it('deletes an organization only when its name is typed, keeping the candidates’ submissions', async () => {
    const g = await coachingGroup();
    await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann], dueAt: null });
    const work = await submit(g.ann, g.p1.id);
    await expect(deleteOrganization(prisma, { userId: g.owner, organizationId: g.organizationId, confirmName: 'wrong' })).rejects.toMatchObject({ code: 'bad_request', fieldErrors: { confirmName: [expect.any(String)] } });
    const { name } = await prisma.organization.findUniqueOrThrow({ where: { id: g.organizationId } });
    await deleteOrganization(prisma, { userId: g.owner, organizationId: g.organizationId, confirmName: name });
    expect(await prisma.organization.count({ where: { id: g.organizationId } })).toBe(0);
    expect(await prisma.submission.count({ where: { id: work.id } })).toBe(1);
  });
});

describe('problem sets', () => {
  it('saves problems in order with their points, duplicates, archives, and deletes only what nobody was assigned', async () => {
    const g = await coachingGroup();
    await updateProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, title: 'Week 1 (v2)', description: 'd', items: [{ slug: g.p2.slug, points: 30 }, { slug: g.p1.slug, points: 70 }] });
    const set = await getProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId });
    expect(set.items.map((i) => [i.slug, i.points])).toEqual([[g.p2.slug, 30], [g.p1.slug, 70]]);
    const copy = await duplicateProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId });
    expect(await getProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: copy.id })).toMatchObject({ title: 'Copy of Week 1 (v2)', items: set.items, archived: false });

    await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann], dueAt: null });
    await expect(deleteProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/archive it instead/) });
    await archiveProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, archived: true });
    await expect(assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ben], dueAt: null })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/archived/) });
    await deleteProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: copy.id });
    expect(await prisma.problemSet.count({ where: { id: copy.id } })).toBe(0);
  });

  it('refuses an unknown or retired problem by name and keeps the set as it was', async () => {
    const g = await coachingGroup();
    const retired = await newProblem('Old problem');
    await prisma.problem.update({ where: { id: retired.id }, data: { active: false } });
    const save = (slug: string) => updateProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, title: 'x', description: '', items: [{ slug, points: 1 }] });
    await expect(save(retired.slug)).rejects.toMatchObject({ code: 'bad_request', message: '“Old problem” was retired from the catalog: remove it from the set.' });
    await expect(save('no-such-problem')).rejects.toMatchObject({ code: 'bad_request', message: 'There is no problem “no-such-problem”.' });
    expect((await getProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId })).title).toBe('Week 1');
  });
});

describe('assignments', () => {
  it('assigns to many at once and moves the due date of whoever already had the set', async () => {
    const g = await coachingGroup();
    const due = inDays(3);
    expect(await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann], dueAt: due })).toEqual({ assigned: 1, updated: 0 });
    const later = inDays(5);
    expect(await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann, g.ben], dueAt: later })).toEqual({ assigned: 1, updated: 1 });
    const [mine] = await listMyAssignments(prisma, { userId: g.ann });
    expect(mine).toMatchObject({ setTitle: 'Week 1', dueAt: later.toISOString(), overdue: false });
    expect(mine!.problems.map((p) => [p.title, p.points, p.status])).toEqual([['Alpha', 100, 'not_started'], ['Beta', 50, 'not_started']]);
  });

  it('refuses a due date in the past, a retired problem, and someone no longer a candidate here, assigning nobody', async () => {
    const g = await coachingGroup();
    const assign = (candidateIds: string[], dueAt: Date | null = inDays(2)) => assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds, dueAt });
    await expect(assign([g.ann], new Date(Date.now() - 60_000))).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/due date is in the past/), fieldErrors: { dueAt: [expect.any(String)] } });

    await removeMember(prisma, { userId: g.owner, organizationId: g.organizationId, memberId: g.ben });
    await expect(assign([g.ann, g.ben])).rejects.toMatchObject({ code: 'bad_request', message: 'Not assigned: Ben is not a candidate of this organization (any more). Reload the page and choose again.' });
    const outsider = await newUser('Stranger');
    await expect(assign([outsider])).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/Stranger is not a candidate/) });
    await expect(assign([g.coach])).rejects.toMatchObject({ code: 'bad_request' });

    await prisma.problem.update({ where: { id: g.p2.id }, data: { active: false } });
    await expect(assign([g.ann])).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/“Beta” was retired/) });
    expect(await prisma.assignment.count({ where: { organizationId: g.organizationId } })).toBe(0);

    const created = await prisma.assignment.create({ data: { organizationId: g.organizationId, problemSetId: g.problemSetId, candidateId: g.ann, assignedById: g.coach } });
    await expect(updateAssignment(prisma, { userId: g.coach, organizationId: g.organizationId, assignmentId: created.id, dueAt: new Date(Date.now() - 1) })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('accepts work after the due date and marks it late', async () => {
    const g = await coachingGroup();
    await prisma.assignment.create({ data: { organizationId: g.organizationId, problemSetId: g.problemSetId, candidateId: g.ann, assignedById: g.coach, dueAt: new Date(Date.now() - 3_600_000) } });
    await submit(g.ann, g.p1.id, { verdict: 'accepted', score: 1 });
    const [mine] = await listMyAssignments(prisma, { userId: g.ann });
    expect(mine).toMatchObject({ overdue: true });
    expect(mine!.problems[0]).toMatchObject({ status: 'solved', late: true });
    expect(mine!.problems[1]).toMatchObject({ status: 'not_started', late: false });
  });
});

describe('the cohort view', () => {
  it('shows status, best score, attempts, time and last activity per candidate and problem, sorts, filters, and exports CSV', async () => {
    const g = await coachingGroup();
    await prisma.user.update({ where: { id: g.ben }, data: { name: '=HYPERLINK("x")' } });
    await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann, g.ben], dueAt: inDays(1) });
    const t0 = Date.now() - 30 * 60_000;
    await submit(g.ann, g.p1.id, { kind: 'run', createdAt: new Date(t0) });
    await submit(g.ann, g.p1.id, { score: 0.5, createdAt: new Date(t0 + 2 * 60_000) });
    await submit(g.ann, g.p1.id, { verdict: 'accepted', score: 1, createdAt: new Date(t0 + 5 * 60_000) });
    await submit(g.ben, g.p2.id, { score: 0.25, createdAt: new Date(t0 + 60_000) });

    const cohort = await getCohort(prisma, { userId: g.coach, organizationId: g.organizationId, set: g.problemSetId, sort: 'solved', filter: 'all' });
    expect(cohort.rows.map((r) => r.candidate.id)).toEqual([g.ann, g.ben]);
    const [ann, ben] = cohort.rows;
    expect(ann!.cells[0]).toMatchObject({ status: 'solved', bestScore: 1, attempts: 2, timeSpentSeconds: 300, late: false });
    expect(ann!.cells[1]).toMatchObject({ status: 'not_started', attempts: 0, lastActivityAt: null });
    expect(ann).toMatchObject({ solved: 1, points: 100 });
    expect(ben!.cells[1]).toMatchObject({ status: 'attempted', bestScore: 0.25, attempts: 1 });
    expect(ben).toMatchObject({ solved: 0, points: 13 });

    const behind = await getCohort(prisma, { userId: g.coach, organizationId: g.organizationId, set: g.problemSetId, sort: 'name', filter: 'behind', q: 'hyperlink' });
    expect(behind.rows.map((r) => r.candidate.id)).toEqual([g.ben]);
    expect(behind.assignedCount).toBe(2);

    const csv = cohortCsv(cohort).split('\r\n');
    expect(csv[0]).toBe(`name,email,due,solved,points,last activity,${g.p1.slug} status,${g.p1.slug} best score,${g.p1.slug} attempts,${g.p1.slug} minutes,${g.p1.slug} last activity,${g.p2.slug} status,${g.p2.slug} best score,${g.p2.slug} attempts,${g.p2.slug} minutes,${g.p2.slug} last activity`);
    expect(csv[1]).toMatch(/^Ann,ann-[a-z0-9-]+@example\.test,[^,]+,1,100,[^,]+,solved,1,2,5,[^,]+,not started,,0,0,$/);
    // a name a spreadsheet would run as a formula is quoted, and its own quotes doubled
    expect(csv[2]!.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it("gives staff a candidate's progress on assigned problems only", async () => {
    const g = await coachingGroup();
    await assignProblemSet(prisma, { userId: g.coach, organizationId: g.organizationId, problemSetId: g.problemSetId, candidateIds: [g.ann], dueAt: null });
    const elsewhere = await newProblem('Private practice');
    await submit(g.ann, g.p1.id, { verdict: 'accepted', score: 1 });
    await submit(g.ann, elsewhere.id, { verdict: 'accepted', score: 1 });
    const { progress } = await getCandidateProgress(prisma, { userId: g.coach, organizationId: g.organizationId, candidateId: g.ann });
    expect(progress.totals).toMatchObject({ solved: 1, activeProblems: 2, submitsGraded: 1 });
    expect(progress.recent.map((r) => r.problemTitle)).toEqual(['Alpha']);
    await expect(getCandidateProgress(prisma, { userId: g.ann, organizationId: g.organizationId, candidateId: g.ben })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
