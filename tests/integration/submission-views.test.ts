import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDrafts } from '../../lib/server/drafts/get-draft';
import { saveDraft } from '../../lib/server/drafts/save-draft';
import { seedUser } from '../../lib/server/seed/seed-user';
import { getSubmission } from '../../lib/server/submissions/get-submission';
import { getSubmissionCode } from '../../lib/server/submissions/get-submission-code';
import { MAX_CODE_BYTES, SUBMISSION_CHANNEL } from '../../lib/server/submissions/limits';
import { listProblemSubmissions } from '../../lib/server/submissions/list-problem-submissions';
import { submissionEventStream } from '../../lib/server/submissions/submission-event-stream';
import type { SubmissionView } from '../../lib/shared/submission-view';
import { testDatabaseUrl, testPrisma, uniqueEmail } from './helpers';

const prisma = testPrisma();
let author = '';
let stranger = '';
let problem = { id: '', slug: '' };

beforeAll(async () => {
  author = (await seedUser(prisma, { email: uniqueEmail('author'), name: 'A', password: 'password-1' })).id;
  stranger = (await seedUser(prisma, { email: uniqueEmail('stranger'), name: 'S', password: 'password-1' })).id;
  const slug = `views-${Math.random().toString(36).slice(2, 10)}`;
  problem = await prisma.problem.create({
    data: {
      slug, title: slug, topic: 'metrics', difficulty: 'easy', version: 'v1', sources: [], entry: 'f', signature: 'export function f(): number',
      statementMd: '', starterCode: 'export function f(): number { return 0; }', timeLimitMs: 1000, memoryLimitMb: 64,
    },
    select: { id: true, slug: true },
  });
});
afterAll(() => prisma.$disconnect());

function newSubmission(code = 'export function f() { return 1; }', createdAt = new Date()) {
  return prisma.submission.create({ data: { userId: author, problemId: problem.id, problemVersion: 'v1', kind: 'submit', code, createdAt }, select: { id: true } });
}

describe('a submission as its author sees it', () => {
  it('hides from everyone else that it exists', async () => {
    const { id } = await newSubmission();
    await expect(getSubmission(prisma, { viewerId: stranger, submissionId: id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSubmissionCode(prisma, { viewerId: stranger, submissionId: id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSubmission(prisma, { viewerId: author, submissionId: 'no-such-id' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('shows a sample test whole but strips a hidden test to its verdict and error sizes', async () => {
    const { id } = await newSubmission();
    const details = { maxAbsError: 2, position: '[0]', input: [[1, 2]], expected: 3, actual: 5 };
    await prisma.testResult.createMany({
      data: [
        { submissionId: id, ordinal: 0, name: 'sample', hidden: false, verdict: 'wrong_answer', timeMs: 1, output: 'log line', details },
        { submissionId: id, ordinal: 1, name: 'secret', hidden: true, verdict: 'wrong_answer', timeMs: 1, output: 'leaked?', details },
      ],
    });
    await prisma.submission.update({ where: { id }, data: { status: 'done', verdict: 'wrong_answer', score: 0 } });
    const view = await getSubmission(prisma, { viewerId: author, submissionId: id });
    expect(view).toMatchObject({ status: 'done', verdict: 'wrong_answer', problemSlug: problem.slug });
    expect(view.tests[0]).toMatchObject({ output: 'log line', details });
    expect(view.tests[1]!.output).toBeNull();
    expect(view.tests[1]!.details).toEqual({ maxAbsError: 2, position: '[0]' });
  });

  it('pairs a version with the one before it, for the diff', async () => {
    const first = await newSubmission('// one', new Date(Date.now() - 2000));
    const second = await newSubmission('// two', new Date(Date.now() - 1000));
    expect(await getSubmissionCode(prisma, { viewerId: author, submissionId: second.id })).toMatchObject({ code: '// two', previous: { id: first.id, code: '// one' } });
    const history = await listProblemSubmissions(prisma, { userId: author, problemSlug: problem.slug });
    expect(history.findIndex((s) => s.id === second.id)).toBeLessThan(history.findIndex((s) => s.id === first.id));
    expect(await listProblemSubmissions(prisma, { userId: stranger, problemSlug: problem.slug })).toEqual([]);
  });
});

describe('drafts', () => {
  it('keeps the latest text per user and problem and appends each change to the code history', async () => {
    const user = (await seedUser(prisma, { email: uniqueEmail('drafter'), name: 'D', password: 'password-1' })).id;
    await saveDraft(prisma, { userId: user, problemSlug: problem.slug, code: 'a' });
    await saveDraft(prisma, { userId: user, problemSlug: problem.slug, code: 'ab' });
    await saveDraft(prisma, { userId: user, problemSlug: problem.slug, code: 'ab' }); // unchanged: no new snapshot
    expect(await getDrafts(prisma, { userId: user, problemSlug: problem.slug })).toMatchObject({ typescript: { code: 'ab' } });
    expect(await getDrafts(prisma, { userId: author, problemSlug: problem.slug })).toEqual({});
    const snapshots = await prisma.codeSnapshot.findMany({ where: { userId: user }, orderBy: { seq: 'asc' }, select: { seq: true, code: true } });
    expect(snapshots).toEqual([
      { seq: 1, code: 'a' },
      { seq: 2, code: 'ab' },
    ]);
  });

  it('keeps one draft per language, so switching language loses neither', async () => {
    const user = (await seedUser(prisma, { email: uniqueEmail('drafter'), name: 'D', password: 'password-1' })).id;
    await saveDraft(prisma, { userId: user, problemSlug: problem.slug, code: 'export function f() {}' });
    await saveDraft(prisma, { userId: user, problemSlug: problem.slug, language: 'python', code: 'def f():\n    pass\n' });
    expect(await getDrafts(prisma, { userId: user, problemSlug: problem.slug })).toMatchObject({
      typescript: { code: 'export function f() {}' },
      python: { code: 'def f():\n    pass\n' },
    });
  });

  it('refuses an oversized draft or an unknown problem and saves nothing', async () => {
    const user = (await seedUser(prisma, { email: uniqueEmail('drafter'), name: 'D', password: 'password-1' })).id;
    await expect(saveDraft(prisma, { userId: user, problemSlug: problem.slug, code: 'x'.repeat(MAX_CODE_BYTES + 1) })).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(saveDraft(prisma, { userId: user, problemSlug: 'no-such-problem', code: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await prisma.draft.count({ where: { userId: user } })).toBe(0);
    expect(await prisma.codeSnapshot.count({ where: { userId: user } })).toBe(0);
  });
});

/** Reads server-sent events until the stream ends. */
async function collectEvents(response: Response, onEvent: (view: SubmissionView) => Promise<void>): Promise<SubmissionView[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const views: SubmissionView[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return views;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (!block.startsWith('event: submission') || !data) continue;
      const view = JSON.parse(data.slice(6)) as SubmissionView;
      views.push(view);
      await onEvent(view);
    }
  }
}

describe('the event stream', () => {
  const notify = (id: string) => prisma.$executeRaw`SELECT pg_notify(${SUBMISSION_CHANNEL}::text, ${id}::text)`;

  it('sends queued, running with progress, then the verdict, and ends', async () => {
    const { id } = await newSubmission();
    const abort = new AbortController();
    const response = await submissionEventStream(prisma, { databaseUrl: testDatabaseUrl(), viewerId: author, submissionId: id, signal: abort.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const views = await collectEvents(response, async (view) => {
      if (view.status === 'queued') {
        await prisma.submission.update({ where: { id }, data: { status: 'running', testsDone: 1, testsTotal: 3 } });
        await notify(id);
      } else if (view.status === 'running') {
        await prisma.submission.update({ where: { id }, data: { status: 'done', verdict: 'accepted', score: 1, testsDone: 3 } });
        await notify(id);
      }
    });
    expect(views.map((v) => [v.status, v.testsDone, v.testsTotal])).toEqual([
      ['queued', 0, null],
      ['running', 1, 3],
      ['done', 3, 3],
    ]);
    expect(views.at(-1)!.verdict).toBe('accepted');
  });

  it('still sees a change that came without a notification (polling)', async () => {
    const { id } = await newSubmission();
    const response = await submissionEventStream(prisma, { databaseUrl: testDatabaseUrl(), viewerId: author, submissionId: id, signal: new AbortController().signal });
    const views = await collectEvents(response, async (view) => {
      if (view.status === 'queued') await prisma.submission.update({ where: { id }, data: { status: 'done', verdict: 'wrong_answer', score: 0 } });
    });
    expect(views.map((v) => v.status)).toEqual(['queued', 'done']);
  });

  it('answers at once and ends for a finished submission, and refuses someone else', async () => {
    const { id } = await newSubmission();
    await prisma.submission.update({ where: { id }, data: { status: 'done', verdict: 'accepted', score: 1 } });
    const response = await submissionEventStream(prisma, { databaseUrl: testDatabaseUrl(), viewerId: author, submissionId: id, signal: new AbortController().signal });
    expect((await collectEvents(response, async () => undefined)).map((v) => v.verdict)).toEqual(['accepted']);
    await expect(
      submissionEventStream(prisma, { databaseUrl: testDatabaseUrl(), viewerId: stranger, submissionId: id, signal: new AbortController().signal }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('stops when the browser goes away', async () => {
    const { id } = await newSubmission();
    const abort = new AbortController();
    const response = await submissionEventStream(prisma, { databaseUrl: testDatabaseUrl(), viewerId: author, submissionId: id, signal: abort.signal });
    const views = await collectEvents(response, async () => abort.abort());
    expect(views.map((v) => v.status)).toEqual(['queued']);
  });
});
