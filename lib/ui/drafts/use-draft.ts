'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageName } from '../../shared/languages';
import { ApiError, fetchJson } from '../api-client';
import { readLocal, writeLocal } from './local-copy';

const SAVE_AFTER_MS = 800;

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'failed'; message: string };

/**
 * The editor's content in one language, saved on the server shortly after typing stops (so it follows the user to
 * another browser) and mirrored in this browser's storage until the server has it, so a failed save
 * (offline, session ended) loses nothing: the next visit offers the newer local copy.
 */
export function useDraft(userId: string, problemSlug: string, language: LanguageName, initial: { code: string; savedAt: string | null }) {
  // TypeScript keeps the key it had before drafts had a language, so nothing saved locally is lost
  const storageKey = language === 'typescript' ? `draft:${userId}:${problemSlug}` : `draft:${userId}:${problemSlug}:${language}`;
  const [code, setCode] = useState(initial.code);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initial.savedAt });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(initial.code);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(function saveNow(): Promise<void> {
    clearTimeout(timer.current);
    const text = latest.current;
    setState({ kind: 'saving' });
    saving.current = saving.current.then(async () => {
      try {
        const { savedAt } = await fetchJson<{ savedAt: string }>(`/api/problems/${problemSlug}/draft`, { method: 'PUT', body: JSON.stringify({ code: text, language }) });
        writeLocal(storageKey, { code: text, at: Date.now(), saved: true });
        if (latest.current === text) setState({ kind: 'saved', at: savedAt });
      } catch (e) {
        setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
        // refused for saving too often: the copy in this browser waits, and is saved when the server allows
        if (e instanceof ApiError && e.retryAfterSeconds !== undefined && latest.current === text) {
          timer.current = setTimeout(() => void saveNow(), e.retryAfterSeconds * 1000);
        }
      }
    });
    return saving.current;
  }, [problemSlug, storageKey, language]);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      setCode(next);
      setState({ kind: 'unsaved' });
      writeLocal(storageKey, { code: next, at: Date.now(), saved: false });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save, storageKey],
  );

  // a local copy the server never received (a failed save, a closed tab) wins over the server's
  useEffect(() => {
    const local = readLocal(storageKey);
    const serverAt = initial.savedAt ? Date.parse(initial.savedAt) : 0;
    if (local && !local.saved && local.code !== initial.code && local.at > serverAt) change(local.code);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on first load only
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state.kind !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.kind]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { code, state, change, flush: save };
}
