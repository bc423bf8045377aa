export { MAX_CODE_BYTES } from '../../shared/code-size';
/** Runs and submits per user per minute (all web replicas together: counted in the database). */
export const SUBMISSIONS_PER_MINUTE = 20;
/** Grading attempts before a submission is recorded as the grader's own failure. */
export const GRADING_MAX_ATTEMPTS = 3;
/**
 * A grading job takes at most the sandbox's wall-clock budget (minutes at worst); a lock older than
 * this belongs to a worker that died, and its job is handed to another.
 */
export const ABANDONED_JOB_AFTER_SECONDS = 300;
export const SUBMISSION_CHANNEL = 'submission_status';
