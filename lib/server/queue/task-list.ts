import type { TaskList } from 'graphile-worker';
import type { Mailer } from '../mail/mailer';
import { endAttemptJob } from './end-attempt-job';
import { findSimilarCodeJob } from './find-similar-code-job';
import { gradeSubmissionJob, type GradingDeps } from './grade-submission-job';
import { pruneHistoryJob } from './prune-history-job';
import { sendEmailJob } from './send-email-job';
import { TASKS, type TaskName, type TaskPayload } from './tasks';

export type JobInfo = { attempts: number; maxAttempts: number };

/** What a worker process gives its task handlers. */
export type WorkerContext = GradingDeps & { mailer: Mailer | null };

type Handler<T extends TaskName> = (context: WorkerContext, payload: TaskPayload<T>, job: JobInfo) => Promise<void>;

// total over TASKS: a new task does not compile until it is handled here
const HANDLERS: { [T in TaskName]: Handler<T> } = {
  grade_submission: gradeSubmissionJob,
  send_email: sendEmailJob,
  prune_history: pruneHistoryJob,
  end_attempt: endAttemptJob,
  find_similar_code: findSimilarCodeJob,
};

/**
 * graphile-worker's task list: each handler gets its payload checked against the task's schema. A
 * worker without a mailer leaves e-mail jobs in the queue for one that has it.
 */
export function buildTaskList(context: WorkerContext): TaskList {
  const list: TaskList = {};
  for (const name of Object.keys(TASKS) as TaskName[]) {
    if (name === 'send_email' && !context.mailer) continue;
    const handler = HANDLERS[name] as Handler<TaskName>;
    list[name] = async (raw, helpers) => handler(context, TASKS[name].payload.parse(raw), { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
  }
  return list;
}
