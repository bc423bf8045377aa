'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchJson } from '../api-client';

export type ClockReading = { serverNow: string; deadlineAt: string };
/** The clock endpoint's answer: the reading, and whether (and how) the attempt has ended. */
export type AttemptClockState = ClockReading & { finishedAt: string | null; endedBy: 'finished' | 'deadline' | null };

const SYNC_EVERY_MS = 30_000;

/**
 * The attempt's clock, following the server's: the browser's clock is used only to count the time
 * between two answers from the server, never for the deadline itself. Each answer's server time,
 * taken half-way through its round trip, corrects the offset; changing the computer's clock changes
 * nothing here (the offset absorbs it at the next answer) and nothing on the server.
 */
export function useServerClock(attemptId: string, initial: ClockReading) {
  // server time minus this browser's; first from the page's own reading, then from each answer
  const offset = useRef(0);
  const [deadlineMs, setDeadlineMs] = useState(Date.parse(initial.deadlineAt));
  const [now, setNow] = useState(() => Date.parse(initial.serverNow));

  /** records a server answer: `sentAt` and `receivedAt` are the browser's clock around the request */
  const observe = useCallback((reading: ClockReading, sentAt: number, receivedAt: number) => {
    offset.current = Date.parse(reading.serverNow) - (sentAt + receivedAt) / 2;
    setDeadlineMs(Date.parse(reading.deadlineAt));
    setNow(Date.now() + offset.current);
  }, []);

  const sync = useCallback(async () => {
    const sentAt = Date.now();
    const reading = await fetchJson<AttemptClockState>(`/api/attempts/${attemptId}/clock`);
    observe(reading, sentAt, Date.now());
    return reading;
  }, [attemptId, observe]);

  useEffect(() => {
    offset.current = Date.parse(initial.serverNow) - Date.now();
    void sync().catch(() => undefined);
    const syncTimer = setInterval(() => void sync().catch(() => undefined), SYNC_EVERY_MS);
    const tick = setInterval(() => setNow(Date.now() + offset.current), 250);
    return () => {
      clearInterval(syncTimer);
      clearInterval(tick);
    };
  }, [sync, initial.serverNow]);

  return { now, deadlineMs, msLeft: Math.max(0, deadlineMs - now), observe, sync };
}
