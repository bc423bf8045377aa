import { afterAll, describe, expect, it } from 'vitest';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

async function newOrganization(kind: 'coaching' | 'hiring' = 'hiring') {
  const slug = `org-${Math.random().toString(36).slice(2, 10)}`;
  return prisma.organization.create({ data: { name: slug, slug, kind } });
}

async function newProblem() {
  const slug = `p-${Math.random().toString(36).slice(2, 10)}`;
  return prisma.problem.create({
    data: {
      slug, title: slug, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [{ seed: 's', section: '§1' }], entry: 'f', signature: 'export function f(): number',
      statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64,
    },
  });
}

describe('users', () => {
  it('refuses a second user with the same e-mail', async () => {
    const email = uniqueEmail();
    await seedUser(prisma, { email, name: 'A', password: 'password-1' });
    await expect(seedUser(prisma, { email, name: 'B', password: 'password-2' })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('deleting a user deletes their sessions, accounts and memberships but not the organization', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'C', password: 'password-1' });
    const org = await newOrganization();
    await prisma.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'candidate' } });
    await prisma.session.create({ data: { id: `s-${user.id}`, token: `t-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });

    await prisma.user.delete({ where: { id: user.id } });

    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.organization.findUnique({ where: { id: org.id } })).not.toBeNull();
  });
});

describe('memberships', () => {
  it('allows one membership per user and organization', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'D', password: 'password-1' });
    const org = await newOrganization();
    await prisma.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'coach' } });
    await expect(prisma.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'reviewer' } })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('lets the same user hold different roles in different organizations', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'E', password: 'password-1' });
    const [a, b] = [await newOrganization('coaching'), await newOrganization('hiring')];
    await prisma.membership.create({ data: { userId: user.id, organizationId: a.id, role: 'coach' } });
    await prisma.membership.create({ data: { userId: user.id, organizationId: b.id, role: 'candidate' } });
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(2);
  });

  it('deleting an organization deletes its memberships and problem sets, not its users', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'F', password: 'password-1' });
    const org = await newOrganization();
    await prisma.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'owner' } });
    const set = await prisma.problemSet.create({ data: { title: 'Set', organizationId: org.id, createdById: user.id } });

    await prisma.organization.delete({ where: { id: org.id } });

    expect(await prisma.membership.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await prisma.problemSet.findUnique({ where: { id: set.id } })).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });
});

describe('problems and submissions', () => {
  it('keeps set items unique by position and by problem', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'G', password: 'password-1' });
    const [p1, p2] = [await newProblem(), await newProblem()];
    const set = await prisma.problemSet.create({ data: { title: 'Set', createdById: user.id } });
    await prisma.problemSetItem.create({ data: { problemSetId: set.id, problemId: p1.id, position: 0 } });
    await expect(prisma.problemSetItem.create({ data: { problemSetId: set.id, problemId: p2.id, position: 0 } })).rejects.toMatchObject({ code: 'P2002' });
    await expect(prisma.problemSetItem.create({ data: { problemSetId: set.id, problemId: p1.id, position: 1 } })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('refuses to delete a problem that has submissions (history is kept)', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'H', password: 'password-1' });
    const problem = await newProblem();
    await prisma.submission.create({ data: { userId: user.id, problemId: problem.id, problemVersion: 'v1', kind: 'submit', code: 'x' } });
    await expect(prisma.problem.delete({ where: { id: problem.id } })).rejects.toMatchObject({ code: 'P2003' });
  });

  it('deleting a submission deletes its test results; one result per ordinal', async () => {
    const user = await seedUser(prisma, { email: uniqueEmail(), name: 'I', password: 'password-1' });
    const problem = await newProblem();
    const submission = await prisma.submission.create({
      data: { userId: user.id, problemId: problem.id, problemVersion: 'v1', kind: 'run', code: 'x', status: 'done', verdict: 'accepted', score: 1 },
    });
    const result = { submissionId: submission.id, ordinal: 0, name: 't', hidden: false, verdict: 'accepted' as const, timeMs: 1 };
    await prisma.testResult.create({ data: result });
    await expect(prisma.testResult.create({ data: result })).rejects.toMatchObject({ code: 'P2002' });

    await prisma.submission.delete({ where: { id: submission.id } });
    expect(await prisma.testResult.count({ where: { submissionId: submission.id } })).toBe(0);
  });
});

describe('assessments, attempts and reviews', () => {
  async function seatedAttempt() {
    const owner = await seedUser(prisma, { email: uniqueEmail('owner'), name: 'O', password: 'password-1' });
    const candidate = await seedUser(prisma, { email: uniqueEmail('cand'), name: 'C', password: 'password-1' });
    const org = await newOrganization();
    const set = await prisma.problemSet.create({ data: { title: 'Assessment', organizationId: org.id, createdById: owner.id } });
    const assessment = await prisma.assessment.create({
      data: { organizationId: org.id, problemSetId: set.id, title: 'A', timeLimitMinutes: 60, opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000), createdById: owner.id },
    });
    const seat = await prisma.assessmentCandidate.create({ data: { assessmentId: assessment.id, candidateId: candidate.id, number: 1, extraTimeMinutes: 15 } });
    const attempt = await prisma.attempt.create({ data: { assessmentCandidateId: seat.id, candidateId: candidate.id, grantedMinutes: 75, deadlineAt: new Date(Date.now() + 75 * 60_000) } });
    return { owner, candidate, assessment, seat, attempt };
  }

  it('gives a seat at most one attempt, a candidate one seat per assessment, and a reviewer one review per attempt', async () => {
    const { owner, candidate, assessment, seat, attempt } = await seatedAttempt();
    await expect(prisma.attempt.create({ data: { assessmentCandidateId: seat.id, candidateId: candidate.id, grantedMinutes: 60, deadlineAt: new Date() } })).rejects.toMatchObject({ code: 'P2002' });
    await expect(prisma.assessmentCandidate.create({ data: { assessmentId: assessment.id, candidateId: candidate.id, number: 2 } })).rejects.toMatchObject({ code: 'P2002' });

    await prisma.review.create({ data: { attemptId: attempt.id, reviewerId: owner.id, scorecard: [{ criterion: 'Correctness', rating: 4, notes: '' }], decision: 'advance' } });
    await expect(prisma.review.create({ data: { attemptId: attempt.id, reviewerId: owner.id, scorecard: [] } })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('refuses to delete a reviewer who has written reviews', async () => {
    const { attempt } = await seatedAttempt();
    const reviewer = await seedUser(prisma, { email: uniqueEmail('rev'), name: 'R', password: 'password-1' });
    await prisma.review.create({ data: { attemptId: attempt.id, reviewerId: reviewer.id, scorecard: [] } });
    await expect(prisma.user.delete({ where: { id: reviewer.id } })).rejects.toMatchObject({ code: 'P2003' });
  });
});
