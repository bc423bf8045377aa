/** Largest source a candidate may send. */
export const MAX_CODE_BYTES = 64 * 1024;
/** Runs and submits per user per minute (all web replicas together: counted in the database). */
export const SUBMISSIONS_PER_MINUTE = 20;
/** Grading attempts before a submission is recorded as the grader's own failure. */
export const GRADING_MAX_ATTEMPTS = 3;
/** Submissions of one user waiting for their verdicts; one more is refused until one is graded. */
export const MAX_PENDING_PER_USER = 10;
/**
 * The fair queue's budget: grading seconds (wall-clock, so a test that sleeps costs as much as one that
 * computes) one user may use in a sliding window before their jobs lose the slot each worker keeps for
 * users within budget and rank after everyone else's.
 */
export const GRADING_BUDGET_SECONDS = 10;
export const GRADING_BUDGET_WINDOW_SECONDS = 60;
/** Grading workers write a heartbeat this often; one silent for ABANDONED_JOB_AFTER_SECONDS is dead and its jobs go to another. */
export const WORKER_HEARTBEAT_SECONDS = 1;
export const ABANDONED_JOB_AFTER_SECONDS = 5;
export const SUBMISSION_CHANNEL = 'submission_status';
