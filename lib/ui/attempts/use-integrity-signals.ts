'use client';

import { useCallback, useEffect, useRef } from 'react';
import { LARGE_PASTE_CHARS } from '../../shared/signals';

/**
 * Reports what reviewers see as signals (never verdicts): large pastes, and the page losing focus to
 * another window or tab and getting it back. The server times both; nothing is sent once `active`
 * is false (the attempt has ended).
 */
export function useIntegritySignals(attemptId: string, currentSlug: string, active: boolean) {
  const state = useRef({ slug: currentSlug, active, away: false });
  state.current.slug = currentSlug;
  state.current.active = active;

  const send = useCallback(
    (body: Record<string, unknown>) => {
      void fetch(`/api/attempts/${attemptId}/signals`, { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
    },
    [attemptId],
  );

  useEffect(() => {
    const lost = () => {
      if (!state.current.active || state.current.away) return;
      state.current.away = true;
      send({ kind: 'focus_lost', problemSlug: state.current.slug });
    };
    const back = () => {
      if (!state.current.away) return;
      state.current.away = false;
      if (state.current.active) send({ kind: 'focus_back' });
    };
    const visibility = () => (document.visibilityState === 'hidden' ? lost() : back());
    window.addEventListener('blur', lost);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      window.removeEventListener('blur', lost);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', visibility);
    };
  }, [send]);

  const reportPaste = useCallback(
    (text: string) => {
      if (!state.current.active || text.length < LARGE_PASTE_CHARS) return;
      send({ kind: 'paste', problemSlug: state.current.slug, chars: text.length, lines: text.split('\n').length });
    },
    [send],
  );

  return { reportPaste };
}
