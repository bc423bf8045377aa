// A worker: takes jobs from the PostgreSQL queue (grading, e-mail; lib/server/queue/tasks.ts lists them).
// Run any number of them, on any machine that reaches the database:  npm run worker
import os from 'node:os';
import { run } from 'graphile-worker';
import { z } from 'zod';
import { createPrismaClient } from '../lib/server/db/client.ts';
import { createMailer } from '../lib/server/mail/mailer.ts';
import { buildTaskList } from '../lib/server/queue/task-list.ts';
import { CRONTAB } from '../lib/server/queue/tasks.ts';
import { releaseAbandonedJobs } from '../lib/server/queue/release-abandoned-jobs.ts';
import { finishOrphanedSubmissions } from '../lib/server/submissions/finish-orphaned-submissions.ts';
import { queueLogger } from '../lib/server/queue/queue-schema.ts';
import { getProblem, gradeSubmission, listProblems, precomputeExpectedValues, prewarmPythonSandboxes, shutdownSandboxPool } from '../grader/index.ts';

const env = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(1, os.availableParallelism() - 1)),
    /** how old a job lock must be to count as a dead worker's (tests shorten it) */
    WORKER_ABANDONED_AFTER_SECONDS: z.coerce.number().int().min(0).optional(),
    /** the janitor's period, and how old a submission must be before it can count as orphaned (tests shorten both) */
    WORKER_JANITOR_INTERVAL_SECONDS: z.coerce.number().min(0.1).default(60),
    WORKER_ORPHAN_GRACE_SECONDS: z.coerce.number().int().min(0).optional(),
    /** where e-mail goes out (smtp:// or smtps://); unset: the web app offers links to copy instead */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
    MAIL_FROM: z.string().default('ML Interview Grader <no-reply@localhost>'),
  })
  .parse(process.env);

const prisma = createPrismaClient(env.DATABASE_URL);
const mailer = env.SMTP_URL ? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }) : null;
const context = { prisma, loadProblem: (slug: string) => getProblem(slug), grade: gradeSubmission, mailer };

// the janitor: free dead workers' jobs, then end submissions whose job is gone with internal_error
const release = async () => {
  await releaseAbandonedJobs(prisma, { olderThanSeconds: env.WORKER_ABANDONED_AFTER_SECONDS });
  const orphans = await finishOrphanedSubmissions(prisma, { graceSeconds: env.WORKER_ORPHAN_GRACE_SECONDS });
  if (orphans.length > 0) console.error(`[worker] ended ${orphans.length} submissions whose grading job was gone`);
};
await release();
const janitor = setInterval(() => void release().catch((e) => console.error('[worker] janitor:', e)), env.WORKER_JANITOR_INTERVAL_SECONDS * 1000);

const runner = await run({
  connectionString: env.DATABASE_URL,
  concurrency: env.WORKER_CONCURRENCY,
  logger: queueLogger(),
  pollInterval: 2_000,
  taskList: buildTaskList(context),
  crontab: CRONTAB,
});
console.log(`[worker] running jobs with concurrency ${env.WORKER_CONCURRENCY}${mailer ? '' : ' (no SMTP_URL: e-mail jobs wait)'}`);
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
  if (computed > 0) console.log(`[worker] computed ${computed} expected values in ${((performance.now() - started) / 1000).toFixed(1)} s`);
})().catch((error: unknown) => console.error('[worker] precomputing expected values:', error));

await runner.promise.finally(async () => {
  stopping = true;
  clearInterval(janitor);
  await shutdownSandboxPool();
  await prisma.$disconnect();
});
