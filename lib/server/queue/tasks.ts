import { z } from 'zod';
import { GRADING_MAX_ATTEMPTS } from '../submissions/limits';

/**
 * Every task the worker runs: its name, its payload's schema and its retry budget. The worker's task
 * list (task-list.ts) is a total record over these names, so a task added here does not compile
 * until it has a handler.
 */
export const TASKS = {
  grade_submission: {
    payload: z.object({ submissionId: z.string().min(1) }),
    maxAttempts: GRADING_MAX_ATTEMPTS,
  },
  send_email: {
    payload: z.object({
      to: z.email(),
      subject: z.string().min(1).max(200),
      text: z.string().max(20_000),
    }),
    maxAttempts: 5,
  },
  /** at an attempt's deadline: grade the last saved code of every problem (lib/server/attempts/end-attempt.ts) */
  end_attempt: {
    payload: z.object({ attemptId: z.string().min(1) }),
    // a database transaction only: a failure is transient, and retried with backoff
    maxAttempts: 10,
  },
  /** pairwise similarity of an assessment's final code, per problem (lib/server/similarity/) */
  find_similar_code: {
    payload: z.object({ assessmentId: z.string().min(1) }),
    maxAttempts: 5,
  },
  prune_history: {
    // graphile-worker adds `_cron` (its schedule's timestamp) to a recurring job's payload
    payload: z.object({}),
    maxAttempts: 3,
    /** crontab schedule (minute hour day month weekday): hourly */
    schedule: '17 * * * *',
  },
} as const;

/** graphile-worker's crontab for the tasks with a `schedule`; one job per tick whatever the number of workers. */
export const CRONTAB = Object.entries(TASKS)
  .flatMap(([name, task]) => ('schedule' in task ? [`${task.schedule} ${name} ?max=${task.maxAttempts}`] : []))
  .join('\n');

export type TaskName = keyof typeof TASKS;
export type TaskPayload<T extends TaskName> = z.infer<(typeof TASKS)[T]['payload']>;
