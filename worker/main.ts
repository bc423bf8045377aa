// A worker: takes jobs from the PostgreSQL queue (grading, e-mail; lib/server/queue/tasks.ts lists them).
// Run any number of them, on any machine that reaches the database:  npm run worker
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import pg from 'pg';
import { run, type Runner, type WorkerEvents } from 'graphile-worker';
import { z } from 'zod';
import { createPrismaClient } from '../lib/server/db/client.ts';
import { createMailer } from '../lib/server/mail/mailer.ts';
import { buildTaskList, type WorkerContext } from '../lib/server/queue/task-list.ts';
import { CRONTAB } from '../lib/server/queue/tasks.ts';
import { overBudgetFlags, userFlag } from '../lib/server/queue/fair-queue.ts';
import { releaseAbandonedJobs } from '../lib/server/queue/release-abandoned-jobs.ts';
import { startWorkerHeartbeat } from '../lib/server/queue/worker-heartbeat.ts';
import { finishOrphanedSubmissions } from '../lib/server/submissions/finish-orphaned-submissions.ts';
import { queueLogger } from '../lib/server/queue/queue-schema.ts';
import { repeatEvery } from '../lib/server/runtime/repeat-every.ts';
import { getProblem, gradeSubmission, listProblems, precomputeExpectedValues, prewarmPythonSandboxes, shutdownSandboxPool } from '../grader/index.ts';

const env = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
    /** jobs at a time; with 2 or more, one slot is kept for users within their grading budget */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(2, os.availableParallelism() - 1)),
    /** how long a worker may stay silent before its jobs count as abandoned (tests may shorten it) */
    WORKER_ABANDONED_AFTER_SECONDS: z.coerce.number().int().min(1).optional(),
    /** how often submissions whose job is gone are looked for, and how old one must be to count (tests shorten both) */
    WORKER_JANITOR_INTERVAL_SECONDS: z.coerce.number().min(0.1).default(60),
    WORKER_ORPHAN_GRACE_SECONDS: z.coerce.number().int().min(0).optional(),
    /** where e-mail goes out (smtp:// or smtps://); unset: the web app offers links to copy instead */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
    MAIL_FROM: z.string().default('ML Interview Grader <no-reply@localhost>'),
  })
  .parse(process.env);

// one sandbox per job slot, so a job never waits for a sandbox behind another
process.env.GRADER_SANDBOX_PROCESSES ??= String(env.WORKER_CONCURRENCY);
const RELEASE_MS = 1_000;
const BUDGET_REFRESH_MS = 1_000;

const prisma = createPrismaClient(env.DATABASE_URL);
const mailer = env.SMTP_URL ? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }) : null;
// users past their grading budget (refreshed below): the reserved slot refuses them, their sandboxes run at low CPU priority
let overBudget = new Set<string>();
const context: WorkerContext = {
  prisma,
  loadProblem: (slug: string) => getProblem(slug),
  grade: gradeSubmission,
  cpuPriorityFor: (userId) => (overBudget.has(userFlag(userId)) ? 'low' : 'normal'),
  mailer,
};
const log = (line: string) => console.log(`[worker] ${line}`);

// The janitor: every second, free the jobs of workers that stopped beating (another worker takes them);
// now and then, end with internal_error the submissions whose job is gone for good.
const stopRelease = repeatEvery(RELEASE_MS, '[worker] releasing abandoned jobs', async () => {
  const freed = await releaseAbandonedJobs(prisma, { silentSeconds: env.WORKER_ABANDONED_AFTER_SECONDS });
  if (freed.length > 0) log(`freed the jobs of ${freed.length} silent queue worker(s): ${freed.join(', ')}`);
});
const stopOrphans = repeatEvery(env.WORKER_JANITOR_INTERVAL_SECONDS * 1000, '[worker] ending submissions whose job is gone', async () => {
  const orphans = await finishOrphanedSubmissions(prisma, { graceSeconds: env.WORKER_ORPHAN_GRACE_SECONDS });
  if (orphans.length > 0) console.error(`[worker] ended ${orphans.length} submissions whose grading job was gone`);
});
const stopBudgets = repeatEvery(BUDGET_REFRESH_MS, '[worker] reading grading budgets', async () => {
  overBudget = new Set(await overBudgetFlags(prisma));
});

const pgPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.WORKER_CONCURRENCY + 4 });
pgPool.on('error', (error) => console.error('[worker] database connection lost:', error.message));
const events = new EventEmitter() as WorkerEvents;
const queueWorkerIds = new Set<string>();
events.on('worker:create', ({ worker }) => void queueWorkerIds.add(worker.workerId));

const taskList = buildTaskList(context);
const common = { pgPool, events, logger: queueLogger(), pollInterval: 1_000 } as const;
const reserved = env.WORKER_CONCURRENCY >= 2 ? 1 : 0;
const runners: Runner[] = [await run({ ...common, concurrency: env.WORKER_CONCURRENCY - reserved, taskList, crontab: CRONTAB })];
if (reserved) {
  runners.push(await run({ ...common, concurrency: reserved, taskList: { grade_submission: taskList.grade_submission! }, forbiddenFlags: () => [...overBudget] }));
}
const heartbeat = startWorkerHeartbeat(prisma, { id: randomUUID(), queueWorkerIds: () => [...queueWorkerIds] });
log(`running jobs with concurrency ${env.WORKER_CONCURRENCY}${reserved ? ` (${reserved} slot kept for users within their grading budget)` : ''}${mailer ? '' : ' (no SMTP_URL: e-mail jobs wait)'}`);
void prewarmPythonSandboxes().catch((e: unknown) => console.error('[worker] starting Python sandboxes:', e));

// Expected values not yet on disk are computed now, between jobs, rather than in a candidate's first submission.
let stopping = false;
void (async () => {
  const started = performance.now();
  let computed = 0;
  for (const meta of (await listProblems()).problems) {
    if (stopping) return;
    computed += await precomputeExpectedValues(await getProblem(meta.slug));
  }
  log(`expected values ready (${computed} computed in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
})().catch((error: unknown) => console.error('[worker] precomputing expected values:', error));

await Promise.all(runners.map((r) => r.promise)).finally(async () => {
  stopping = true;
  await Promise.all([stopRelease(), stopOrphans(), stopBudgets()]);
  await heartbeat.stop();
  await shutdownSandboxPool();
  await pgPool.end().catch(() => undefined);
  await prisma.$disconnect();
});
