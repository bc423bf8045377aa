// A grading worker: takes grade_submission jobs from the PostgreSQL queue and writes verdicts.
// Run any number of them, on any machine that reaches the database:  npm run worker
import os from 'node:os';
import { run } from 'graphile-worker';
import { z } from 'zod';
import { createPrismaClient } from '../../lib/server/db/client.ts';
import { gradeSubmissionJob } from '../../lib/server/submissions/grade-submission-job.ts';
import { GRADE_TASK } from '../../lib/server/submissions/limits.ts';
import { releaseAbandonedJobs } from '../../lib/server/queue/release-abandoned-jobs.ts';
import { queueLogger } from '../../lib/server/queue/queue-schema.ts';
import { getProblem, gradeSubmission, listProblems, precomputeExpectedValues, prewarmPythonSandboxes, shutdownSandboxPool } from '../index.ts';

const env = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(1, os.availableParallelism() - 1)),
    /** how old a job lock must be to count as a dead worker's (tests shorten it) */
    WORKER_ABANDONED_AFTER_SECONDS: z.coerce.number().int().min(0).optional(),
  })
  .parse(process.env);

const prisma = createPrismaClient(env.DATABASE_URL);
const deps = { prisma, loadProblem: (slug: string) => getProblem(slug), grade: gradeSubmission };

const release = () => releaseAbandonedJobs(prisma, env.WORKER_ABANDONED_AFTER_SECONDS);
await release();
const janitor = setInterval(() => void release().catch((e) => console.error('[worker] releasing abandoned jobs:', e)), 60_000);

const runner = await run({
  connectionString: env.DATABASE_URL,
  concurrency: env.WORKER_CONCURRENCY,
  logger: queueLogger(),
  pollInterval: 2_000,
  taskList: {
    [GRADE_TASK]: async (payload, helpers) => gradeSubmissionJob(deps, payload, { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts }),
  },
});
console.log(`[worker] grading with concurrency ${env.WORKER_CONCURRENCY}`);
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
