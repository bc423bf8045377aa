'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, fetchJson } from '../api-client';
import { readLocal, writeLocal } from '../drafts/local-copy';
import type { SaveState } from '../drafts/use-draft';
import type { ClockReading } from './use-server-clock';

/** Saved this long after typing stops… */
const SAVE_AFTER_MS = 800;
/** …and at least this often while typing goes on, so the playback has the steps and little is ever unsaved. */
const SAVE_AT_LEAST_EVERY_MS = 3_000;

type Options = {
  attemptId: string;
  problems: { slug: string; code: string | null; savedAt: string | null; starterCode: string }[];
  /** every answer carries the server's clock */
  onClock: (reading: ClockReading, sentAt: number, receivedAt: number) => void;
  /** the server refused a save: the deadline has passed */
  onRefused: (error: ApiError) => void;
};

/**
 * Each problem's code in an attempt, saved to the attempt (never to practice drafts) shortly after
 * typing stops and every few seconds while it goes on, and mirrored in this browser until the server
 * has it. Leaving the page sends what is unsaved with a keep-alive request.
 */
export function useAttemptDrafts({ attemptId, problems, onClock, onRefused }: Options) {
  const [codes, setCodes] = useState<Record<string, string>>(() => Object.fromEntries(problems.map((p) => [p.slug, p.code ?? p.starterCode])));
  const [states, setStates] = useState<Record<string, SaveState>>(() => Object.fromEntries(problems.map((p) => [p.slug, { kind: 'saved', at: p.savedAt } as SaveState])));
  const latest = useRef(codes);
  const saved = useRef<Record<string, string | null>>(Object.fromEntries(problems.map((p) => [p.slug, p.code])));
  const sending = useRef<Record<string, string | undefined>>({});
  const timers = useRef<Record<string, { debounce?: ReturnType<typeof setTimeout>; firstUnsavedAt?: number }>>({});
  const chains = useRef<Record<string, Promise<void>>>({});
  const callbacks = useRef({ onClock, onRefused });
  callbacks.current = { onClock, onRefused };
  const key = (slug: string) => `attempt:${attemptId}:${slug}`;
  const setState = (slug: string, state: SaveState) => setStates((s) => ({ ...s, [slug]: state }));

  const save = useCallback(
    function saveNow(slug: string): Promise<void> {
      const timer = (timers.current[slug] ??= {});
      clearTimeout(timer.debounce);
      timer.firstUnsavedAt = undefined;
      const code = latest.current[slug]!;
      if (saved.current[slug] === code || sending.current[slug] === code) return chains.current[slug] ?? Promise.resolve();
      sending.current[slug] = code;
      setState(slug, { kind: 'saving' });
      chains.current[slug] = (chains.current[slug] ?? Promise.resolve()).then(async () => {
        const sentAt = Date.now();
        try {
          const answer = await fetchJson<ClockReading & { savedAt: string }>(`/api/attempts/${attemptId}/problems/${slug}/draft`, { method: 'PUT', body: JSON.stringify({ code }) });
          callbacks.current.onClock(answer, sentAt, Date.now());
          saved.current[slug] = code;
          writeLocal(key(slug), { code, at: Date.now(), saved: true });
          if (latest.current[slug] === code) setState(slug, { kind: 'saved', at: answer.savedAt });
        } catch (e) {
          const error = e instanceof ApiError ? e : new ApiError(String(e), 0);
          setState(slug, { kind: 'failed', message: error.message });
          if (error.status === 409) callbacks.current.onRefused(error);
          else if (error.retryAfterSeconds !== undefined) timer.debounce = setTimeout(() => void saveNow(slug), error.retryAfterSeconds * 1000);
        } finally {
          if (sending.current[slug] === code) sending.current[slug] = undefined;
        }
      });
      return chains.current[slug];
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key() only reads attemptId
    [attemptId],
  );

  const change = useCallback(
    (slug: string, code: string) => {
      latest.current = { ...latest.current, [slug]: code };
      setCodes(latest.current);
      setState(slug, { kind: 'unsaved' });
      writeLocal(key(slug), { code, at: Date.now(), saved: false });
      const timer = (timers.current[slug] ??= {});
      clearTimeout(timer.debounce);
      timer.firstUnsavedAt ??= Date.now();
      const wait = Math.min(SAVE_AFTER_MS, Math.max(0, timer.firstUnsavedAt + SAVE_AT_LEAST_EVERY_MS - Date.now()));
      timer.debounce = setTimeout(() => void save(slug), wait);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key() only reads attemptId
    [save],
  );

  const flushAll = useCallback(() => Promise.all(Object.keys(latest.current).map((slug) => save(slug))), [save]);

  // a copy in this browser that the server never received (a failed save, a closed tab) comes back
  useEffect(() => {
    for (const p of problems) {
      const local = readLocal(key(p.slug));
      const serverAt = p.savedAt ? Date.parse(p.savedAt) : 0;
      if (local && !local.saved && local.code !== (p.code ?? p.starterCode) && local.at > serverAt) change(p.slug, local.code);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on first load only
  }, []);

  // leaving the page: what is unsaved goes out with a request that outlives it
  useEffect(() => {
    const leave = () => {
      for (const [slug, code] of Object.entries(latest.current)) {
        if (saved.current[slug] === code) continue;
        void fetch(`/api/attempts/${attemptId}/problems/${slug}/draft`, { method: 'PUT', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) }).catch(() => undefined);
      }
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [attemptId]);

  useEffect(() => () => Object.values(timers.current).forEach((t) => clearTimeout(t.debounce)), []);

  return { codes, states, change, save, flushAll };
}
