import { AppError } from '../errors';

/** Open live-status streams one user may hold on one web process (a few tabs; the rest poll). */
export const MAX_EVENT_STREAMS_PER_USER = 6;

const globalForSlots = globalThis as unknown as { eventStreamSlots?: Map<string, number> };

/**
 * Takes one of the user's stream slots on this process, or refuses with 429 (the browser then polls).
 * Returns the release function; calling it more than once releases once.
 */
export function claimEventStreamSlot(userId: string): () => void {
  const open = (globalForSlots.eventStreamSlots ??= new Map());
  const count = open.get(userId) ?? 0;
  if (count >= MAX_EVENT_STREAMS_PER_USER) {
    throw new AppError('too_many_requests', `You have ${count} live result views open; close some tabs (this one checks for results every second instead).`, undefined, 5);
  }
  open.set(userId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(userId) ?? 1) - 1;
    if (left > 0) open.set(userId, left);
    else open.delete(userId);
  };
}
