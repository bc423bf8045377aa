export type AttemptStatus = 'not_started' | 'in_progress' | 'time_up' | 'finished' | 'auto_submitted';

export const ATTEMPT_STATUS_LABELS: Record<AttemptStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  time_up: 'Time is up (handing in)',
  finished: 'Finished',
  auto_submitted: 'Auto-submitted at the deadline',
};

/** Where an attempt stands at `now` (the server's clock). */
export function attemptStatus(attempt: { deadlineAt: Date; finishedAt: Date | null; endedBy: 'finished' | 'deadline' | null } | null, now: Date): AttemptStatus {
  if (!attempt) return 'not_started';
  if (attempt.finishedAt) return attempt.endedBy === 'deadline' ? 'auto_submitted' : 'finished';
  return now >= attempt.deadlineAt ? 'time_up' : 'in_progress';
}

/** "1 minute", "45 minutes". */
export function minutesText(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
