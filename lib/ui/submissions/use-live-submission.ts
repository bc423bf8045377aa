'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageName } from '../../shared/languages';
import type { SubmissionKindName, SubmissionView } from '../../shared/submission-view';
import { ApiError, fetchJson } from '../api-client';

const POLL_MS = 1_000;

type LiveSubmission = {
  submission: SubmissionView | null;
  /** a Run or Submit is being sent or graded */
  busy: boolean;
  error: string | null;
  /** sends to `url` (default: practice; an attempt has its own), then follows the verdict; resolves to the server's answer */
  start: (kind: SubmissionKindName, problemSlug: string, code: string, language: LanguageName, url?: string) => Promise<unknown>;
  /** show an earlier submission (from the history) */
  show: (submissionId: string) => Promise<void>;
};

/**
 * Sends a Run or Submit and follows it live: server-sent events while the browser and the network
 * allow, otherwise polling every second, until the verdict arrives.
 */
export function useLiveSubmission(onFinished: (submission: SubmissionView) => void): LiveSubmission {
  const [submission, setSubmission] = useState<SubmissionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const stopFollowing = useRef<() => void>(() => undefined);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => () => stopFollowing.current(), []);

  const follow = useCallback((id: string) => {
    stopFollowing.current();
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      source?.close();
      clearTimeout(timer);
    };
    stopFollowing.current = stop;
    const update = (view: SubmissionView) => {
      if (stopped) return;
      setSubmission(view);
      if (view.status === 'done') {
        stop();
        setBusy(false);
        finished.current(view);
      }
    };
    const poll = async () => {
      try {
        update(await fetchJson<SubmissionView>(`/api/submissions/${id}`));
      } catch (e) {
        // 0: the network; 503: the service is recovering (the submission is safe in the queue): keep asking
        if (e instanceof ApiError && e.status !== 0 && e.status !== 503) {
          stop();
          setBusy(false);
          setError(e.message);
          return;
        }
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    if (typeof EventSource === 'undefined') return void poll();
    source = new EventSource(`/api/submissions/${id}/events`);
    source.addEventListener('submission', (event) => update(JSON.parse((event as MessageEvent<string>).data) as SubmissionView));
    source.onerror = () => {
      // a closed stream (a proxy that buffers, an error answer) is replaced by polling;
      // a dropped one reconnects by itself
      if (source?.readyState === EventSource.CLOSED && !stopped) void poll();
    };
  }, []);

  const start = useCallback(
    async (kind: SubmissionKindName, problemSlug: string, code: string, language: LanguageName, url = '/api/submissions') => {
      setBusy(true);
      setError(null);
      try {
        const answer = await fetchJson<{ id: string }>(url, { method: 'POST', body: JSON.stringify({ problemSlug, kind, code, language }) });
        setSubmission(null);
        follow(answer.id);
        return answer;
      } catch (e) {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
        return null;
      }
    },
    [follow],
  );

  const show = useCallback(
    async (submissionId: string) => {
      setError(null);
      try {
        const view = await fetchJson<SubmissionView>(`/api/submissions/${submissionId}`);
        setSubmission(view);
        if (view.status !== 'done') follow(submissionId);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [follow],
  );

  return { submission, busy, error, start, show };
}
