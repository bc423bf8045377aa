'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageName } from '../../shared/languages';
import { ApiError, fetchJson } from '../api-client';
import { readLocal, writeLocal } from './local-copy';

const SAVE_AFTER_MS = 800;

/** A draft as the server holds it; `version` rises with each save. */
export type SavedDraft = { code: string; savedAt: string; version: number };

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'unsaved' }
  | { kind: 'failed'; message: string }
  /** another tab or browser saved since this one loaded: the candidate picks whose text stays */
  | { kind: 'conflict'; theirs: SavedDraft };

/** Text the editor must take over (a reset, a restored version, the other tab's draft); `seq` tells repeats apart. */
export type Replacement = { text: string; seq: number };

/**
 * The editor's content in one language. The editor owns the text; this hook only hears each change (it never
 * feeds the text back, which loses keystrokes when typing outruns React) and pushes a `replacement` when the
 * text must change from outside. The text is saved on the server shortly after typing stops (so it follows the
 * user to another browser) with the draft version it was edited from: a save refused because another tab
 * saved meanwhile turns into a `conflict` instead of overwriting either. Until the server has it, the text is
 * mirrored in this browser's storage, so a failed save (offline, session ended) loses nothing.
 */
export function useDraft(userId: string, problemSlug: string, language: LanguageName, initial: { code: string; savedAt: string | null; version: number }) {
  // TypeScript keeps the key it had before drafts had a language, so nothing saved locally is lost
  const storageKey = language === 'typescript' ? `draft:${userId}:${problemSlug}` : `draft:${userId}:${problemSlug}:${language}`;
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initial.savedAt });
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(initial.code);
  /** the text the server holds from this tab, and its version */
  const saved = useRef({ code: initial.code, version: initial.version, at: initial.savedAt });
  const conflicted = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const showConflict = useCallback(async () => {
    conflicted.current = true;
    clearTimeout(timer.current);
    try {
      const { drafts } = await fetchJson<{ drafts: Partial<Record<LanguageName, SavedDraft>> }>(`/api/problems/${problemSlug}/draft`);
      const theirs = drafts[language];
      if (theirs) return setState({ kind: 'conflict', theirs });
    } catch {
      // unreachable server: the refusal itself is still worth telling
    }
    setState({ kind: 'failed', message: 'this draft was changed in another tab; reload the page to see it' });
  }, [problemSlug, language]);

  const save = useCallback(function saveNow(): Promise<void> {
    clearTimeout(timer.current);
    if (conflicted.current) return saving.current;
    const text = latest.current;
    setState({ kind: 'saving' });
    saving.current = saving.current.then(async () => {
      if (conflicted.current) return;
      try {
        const body = { code: text, language, baseVersion: saved.current.version };
        const result = await fetchJson<SavedDraft>(`/api/problems/${problemSlug}/draft`, { method: 'PUT', body: JSON.stringify(body) });
        saved.current = { code: text, version: result.version, at: result.savedAt };
        writeLocal(storageKey, { code: text, at: Date.now(), saved: true });
        if (latest.current === text) setState({ kind: 'saved', at: result.savedAt });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) return showConflict();
        setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
        // refused for saving too often: the copy in this browser waits, and is saved when the server allows
        if (e instanceof ApiError && e.retryAfterSeconds !== undefined && latest.current === text) {
          timer.current = setTimeout(() => void saveNow(), e.retryAfterSeconds * 1000);
        }
      }
    });
    return saving.current;
  }, [problemSlug, storageKey, language, showConflict]);

  /** The editor's text changed (typed, pasted, or a replacement it took over). */
  const change = useCallback(
    (next: string) => {
      if (next === latest.current) return;
      latest.current = next;
      writeLocal(storageKey, { code: next, at: Date.now(), saved: next === saved.current.code });
      clearTimeout(timer.current);
      if (conflicted.current) return;
      if (next === saved.current.code) return setState((s) => (s.kind === 'saving' ? s : { kind: 'saved', at: saved.current.at }));
      setState({ kind: 'unsaved' });
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save, storageKey],
  );

  /** Puts new text into the editor (and saves it like typing would). */
  const replace = useCallback(
    (text: string) => {
      setReplacement((r) => ({ text, seq: (r?.seq ?? 0) + 1 }));
      change(text);
    },
    [change],
  );

  /** Conflict resolved by taking the other tab's text. */
  const reloadTheirs = useCallback(
    (theirs: SavedDraft) => {
      conflicted.current = false;
      saved.current = { code: theirs.code, version: theirs.version, at: theirs.savedAt };
      latest.current = theirs.code;
      setReplacement((r) => ({ text: theirs.code, seq: (r?.seq ?? 0) + 1 }));
      writeLocal(storageKey, { code: theirs.code, at: Date.now(), saved: true });
      setState({ kind: 'saved', at: theirs.savedAt });
    },
    [storageKey],
  );

  /** Conflict resolved by keeping this tab's text: saved over theirs, knowingly. */
  const keepMine = useCallback(
    (theirs: SavedDraft) => {
      conflicted.current = false;
      saved.current = { code: theirs.code, version: theirs.version, at: theirs.savedAt };
      return save();
    },
    [save],
  );

  // a local copy the server never received (a failed save, a closed tab) wins over the server's
  useEffect(() => {
    const local = readLocal(storageKey);
    const serverAt = initial.savedAt ? Date.parse(initial.savedAt) : 0;
    if (local && !local.saved && local.code !== initial.code && local.at > serverAt) replace(local.code);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on first load only
  }, []);

  // coming back to this tab: a newer draft saved elsewhere is offered at once, not only at the next save
  useEffect(() => {
    const check = async () => {
      if (document.visibilityState !== 'visible' || conflicted.current) return;
      // this tab's own saves in flight finish first, so they are never mistaken for another tab's
      await saving.current;
      const { drafts } = await fetchJson<{ drafts: Partial<Record<LanguageName, SavedDraft>> }>(`/api/problems/${problemSlug}/draft`);
      await saving.current;
      const theirs = drafts[language];
      if (theirs && theirs.version > saved.current.version && !conflicted.current) {
        conflicted.current = true;
        clearTimeout(timer.current);
        setState({ kind: 'conflict', theirs });
      }
    };
    const onVisible = () => void check().catch(() => undefined); // checked again at the next save
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [problemSlug, language]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state.kind !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.kind]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** the current text, read when it is needed (a Run), never kept in React state */
  const text = useCallback(() => latest.current, []);
  return { initialCode: initial.code, text, replacement, state, change, replace, flush: save, reloadTheirs, keepMine };
}
