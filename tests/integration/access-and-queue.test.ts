import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmissionOrThrow } from '../../lib/server/access/get-submission-or-throw';
import { requireMembership } from '../../lib/server/access/require-membership';
import { MANAGERS, STAFF } from '../../lib/server/access/roles';
import { enqueueJob } from '../../lib/server/queue/enqueue-job';
import { CRONTAB } from '../../lib/server/queue/tasks';
import { buildTaskList } from '../../lib/server/queue/task-list';
import { seedUser } from '../../lib/server/seed/seed-user';
import { testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
const unique = () => Math.random().toString(36).slice(2, 10);
const newUser = async () => (await seedUser(prisma, { email: uniqueEmail(), name: 'U', password: 'password-1' })).id;

let owner = '';
let coach = '';
let candidate = '';
let outsider = '';
let organizationId = '';
let otherProblemId = '';
let assignedProblemId = '';

beforeAll(async () => {
  [owner, coach, candidate, outsider] = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
  const slug = `org-${unique()}`;
  organizationId = (
    await prisma.organization.create({
      data: { name: slug, slug, kind: 'coaching', memberships: { create: [{ userId: owner, role: 'owner' }, { userId: coach, role: 'coach' }, { userId: candidate, role: 'candidate' }] } },
    })
  ).id;
  const problem = (s: string) => ({
    slug: s, title: s, topic: 'metrics', difficulty: 'easy' as const, version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number', statementMd: '', starterCode: '', timeLimitMs: 1000, memoryLimitMb: 64,
  });
  assignedProblemId = (await prisma.problem.create({ data: problem(`assigned-${unique()}`) })).id;
  otherProblemId = (await prisma.problem.create({ data: problem(`other-${unique()}`) })).id;
  const set = await prisma.problemSet.create({ data: { title: 'Set', organizationId, createdById: coach, items: { create: [{ problemId: assignedProblemId, position: 0 }] } } });
  await prisma.assignment.create({ data: { organizationId, problemSetId: set.id, candidateId: candidate, assignedById: coach } });
});
afterAll(() => prisma.$disconnect());

describe('requireMembership', () => {
  it('returns the role of a member whose role is allowed', async () => {
    expect(await requireMembership(prisma, { userId: coach, organizationId, roles: MANAGERS })).toMatchObject({ role: 'coach', organizationId });
  });

  it('is "forbidden" for a member whose role is not allowed and "not found" for anyone outside', async () => {
    await expect(requireMembership(prisma, { userId: candidate, organizationId, roles: STAFF })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(requireMembership(prisma, { userId: outsider, organizationId, roles: STAFF })).rejects.toMatchObject({ code: 'not_found' });
    await expect(requireMembership(prisma, { userId: owner, organizationId: 'no-such-organization', roles: STAFF })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('getSubmissionOrThrow', () => {
  const submit = (problemId: string) => prisma.submission.create({ data: { userId: candidate, problemId, problemVersion: 'v1', kind: 'submit', code: '' }, select: { id: true } });

  it("lets staff read a candidate's work only on a problem their organization assigned to that candidate", async () => {
    const assigned = await submit(assignedProblemId);
    const other = await submit(otherProblemId);
    expect(await getSubmissionOrThrow(prisma, { viewerId: candidate, submissionId: other.id })).toMatchObject({ viewer: 'author' });
    expect(await getSubmissionOrThrow(prisma, { viewerId: coach, submissionId: assigned.id })).toMatchObject({ viewer: 'staff' });
    await expect(getSubmissionOrThrow(prisma, { viewerId: coach, submissionId: other.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSubmissionOrThrow(prisma, { viewerId: outsider, submissionId: assigned.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the queue', () => {
  const jobs = (key: string) =>
    prisma.$queryRaw<{ task_identifier: string; payload: unknown; run_at: Date; max_attempts: number }[]>`
      SELECT t.identifier AS task_identifier, j.payload, j.run_at, j.max_attempts
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = ${key}`;

  it('enqueues with the task’s retry budget, a run time, and one pending job per key', async () => {
    const key = `test-${unique()}`;
    const runAt = new Date(Date.now() + 3_600_000);
    await enqueueJob(prisma, 'send_email', { to: 'a@example.test', subject: 'first', text: '' }, { runAt, jobKey: key });
    await enqueueJob(prisma, 'send_email', { to: 'a@example.test', subject: 'second', text: '' }, { runAt, jobKey: key });
    const rows = await jobs(key);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ task_identifier: 'send_email', max_attempts: 5, payload: { subject: 'second' } });
    expect(Math.abs(rows[0]!.run_at.getTime() - runAt.getTime())).toBeLessThan(1000);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${key}`;
  });

  it('refuses a payload that does not match its task, and rolls back with the transaction', async () => {
    // @ts-expect-error a wrong payload does not compile either
    await expect(enqueueJob(prisma, 'grade_submission', { submission: 'x' })).rejects.toThrow();
    const key = `test-${unique()}`;
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueJob(tx, 'grade_submission', { submissionId: 'x' }, { jobKey: key });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobs(key)).toHaveLength(0);
  });

  it('gives the worker a handler per task, checking payloads, and leaves e-mail to workers that can send it', async () => {
    const sent: unknown[] = [];
    const context = { prisma, loadProblem: () => Promise.reject(new Error('unused')), grade: () => Promise.reject(new Error('unused')) };
    const withMail = buildTaskList({ ...context, mailer: { send: async (m) => void sent.push(m) } });
    expect(Object.keys(withMail).sort()).toEqual(['end_attempt', 'find_similar_code', 'grade_submission', 'prune_history', 'send_email']);
    const helpers = { job: { attempts: 1, max_attempts: 5 } } as JobHelpers;
    await withMail.send_email!({ to: 'b@example.test', subject: 'Hi', text: 'Body' }, helpers);
    expect(sent).toEqual([{ to: 'b@example.test', subject: 'Hi', text: 'Body' }]);
    await expect(withMail.send_email!({ to: 'not an address', subject: 'Hi', text: '' }, helpers)).rejects.toThrow();
    expect(Object.keys(buildTaskList({ ...context, mailer: null })).sort()).toEqual(['end_attempt', 'find_similar_code', 'grade_submission', 'prune_history']);
    // housekeeping is scheduled, once per tick whatever the number of workers
    expect(CRONTAB).toMatch(/^\S+ \* \* \* \* prune_history \?max=3$/m);
  });
});
