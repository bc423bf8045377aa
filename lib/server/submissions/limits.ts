/** Largest source a candidate may send. */
export const MAX_CODE_BYTES = 64 * 1024;
/** Runs and submits per user per minute (all web replicas together: counted in the database). */
export const SUBMISSIONS_PER_MINUTE = 20;
/** Grading attempts before a submission is recorded as the grader's own failure. */
export const GRADING_MAX_ATTEMPTS = 3;
/** Submissions of one user waiting for their verdicts; one more is refused until one is graded. */
export const MAX_PENDING_PER_USER = 10;
/**
 * The fair queue's budget: grading seconds one user's jobs may cost in a sliding window before the user
 * loses the slot each worker keeps for users within budget, ranks after everyone else and is graded at
 * low CPU priority. A job costs the wall-clock time it holds a slot beyond its first QUICK_JOB_SECONDS: a
 * test that sleeps costs as much as one that computes, grading a correct solution costs nothing, and one
 * job that sleeps or spins near the limit in every test (about 13 s) is over the budget on its own, for
 * minutes.
 */
export const GRADING_BUDGET_SECONDS = 5;
export const GRADING_BUDGET_WINDOW_SECONDS = 300;
export const QUICK_JOB_SECONDS = 5;
/** Grading workers write a heartbeat this often; one silent for ABANDONED_JOB_AFTER_SECONDS is dead and its jobs go to another. */
export const WORKER_HEARTBEAT_SECONDS = 1;
export const ABANDONED_JOB_AFTER_SECONDS = 5;
export const SUBMISSION_CHANNEL = 'submission_status';
