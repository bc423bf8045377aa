import { AppError } from '../errors';

/** A due date, when given, must be ahead of now: a deadline already gone is a slip, not a plan. */
export function requireFutureDueDate(dueAt: Date | null, now = new Date()): void {
  if (dueAt && dueAt <= now) throw new AppError('bad_request', 'The due date is in the past. Pick a later one, or leave it empty.', { dueAt: ['The due date is in the past.'] });
}
