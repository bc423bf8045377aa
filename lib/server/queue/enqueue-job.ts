import type { PrismaClient } from '../db/client';
import { TASKS, type TaskName, type TaskPayload } from './tasks';

export type EnqueueOptions = {
  /** run no earlier than this (a deadline, a reminder); default now */
  runAt?: Date;
  /** one pending job per key: enqueueing the same key again replaces its payload and run time */
  jobKey?: string;
  /** 'preserve_run_at': a pending job keeps its run time (a burst of requests runs it once, not never) */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** jobs of one named queue run one at a time, in order (the fair queue: one per user) */
  queueName?: string;
  /** lower runs first (graphile-worker's order: priority, then run time); default 0 */
  priority?: number;
  /** labels a worker can refuse to take (the fair queue: the user, so a reserved slot skips users over budget) */
  flags?: string[];
};

/**
 * Adds a job through graphile-worker's SQL, so inside a transaction it is committed, or rolled back,
 * with the rows it belongs to: no job without its rows, no rows without their job.
 */
export async function enqueueJob<T extends TaskName>(tx: Pick<PrismaClient, '$executeRaw'>, task: T, payload: TaskPayload<T>, options: EnqueueOptions = {}): Promise<void> {
  const checked = TASKS[task].payload.parse(payload);
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(checked)}::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${TASKS[task].maxAttempts}::int,
    job_key := ${options.jobKey ?? null}::text,
    queue_name := ${options.queueName ?? null}::text,
    priority := ${options.priority ?? null}::int,
    flags := ${options.flags ?? null}::text[],
    job_key_mode := ${options.jobKeyMode ?? 'replace'}::text)`;
}
