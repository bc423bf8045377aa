'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttemptWorkspace as Workspace } from '@/lib/server/attempts/get-attempt-workspace';
import type { SubmissionKindName, SubmissionView } from '@/lib/shared/submission-view';
import { ApiError, fetchJson } from '@/lib/ui/api-client';
import { useAttemptDrafts } from '@/lib/ui/attempts/use-attempt-drafts';
import { useIntegritySignals } from '@/lib/ui/attempts/use-integrity-signals';
import { useServerClock, type ClockReading } from '@/lib/ui/attempts/use-server-clock';
import type { SaveState } from '@/lib/ui/drafts/use-draft';
import { ResultsPanel } from '@/lib/ui/submissions/results-panel';
import { useLiveSubmission } from '@/lib/ui/submissions/use-live-submission';
import { useHydrated } from '@/lib/ui/use-hydrated';
import { TestVisuals } from '@/lib/ui/visuals/test-visuals';

const CodeEditor = dynamic(() => import('@/lib/ui/editor/code-editor'), {
  ssr: false,
  loading: () => <p className="muted editor-loading">Loading the editor…</p>,
});

const WARNINGS_MS = [5 * 60_000, 60_000];
/** In the last seconds whatever is unsaved is saved at once, not after the usual pause. */
const FINAL_FLUSH_MS = 4_000;

type Ended = { by: 'finished' | 'deadline' | null; handedIn: boolean };

/** The candidate's timed workspace: the problems, **Time left** (the server's), autosave, Run and Submit, and Finish. */
export function AttemptWorkspace({ workspace, statements }: { workspace: Workspace; statements: Record<string, string> }) {
  const hydrated = useHydrated();
  const [current, setCurrent] = useState(workspace.problems[0]!.slug);
  const [ended, setEnded] = useState<Ended | null>(workspace.finishedAt ? { by: workspace.endedBy, handedIn: true } : null);
  const [counts, setCounts] = useState(() => Object.fromEntries(workspace.problems.map((p) => [p.slug, { runs: p.runs, submits: p.submits }])));
  const [resultSlug, setResultSlug] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const clock = useServerClock(workspace.id, { serverNow: workspace.serverNow, deadlineAt: workspace.deadlineAt });
  const timeUp = clock.msLeft <= 0;
  const closed = timeUp || ended !== null;
  const endNow = useCallback(() => setEnded((e) => e ?? { by: 'deadline', handedIn: false }), []);
  const drafts = useAttemptDrafts({ attemptId: workspace.id, problems: workspace.problems, onClock: clock.observe, onRefused: endNow });
  const { flushAll } = drafts;
  const live = useLiveSubmission(useCallback((_: SubmissionView) => undefined, []));
  const signals = useIntegritySignals(workspace.id, current, !closed);
  const problem = workspace.problems.find((p) => p.slug === current)!;

  // the warnings, once each, as the server's time passes them
  const warned = useRef(new Set<number>());
  useEffect(() => {
    for (const at of WARNINGS_MS) {
      if (clock.msLeft > 0 && clock.msLeft <= at && !warned.current.has(at)) {
        warned.current.add(at);
        setWarning(at >= 60_000 * 2 ? `${at / 60_000} minutes left. Your code is saved as you type.` : '1 minute left. Whatever is saved when the time is up is graded.');
      }
    }
    if (clock.msLeft > 0 && clock.msLeft <= FINAL_FLUSH_MS) void flushAll();
    if (timeUp) endNow();
  }, [clock.msLeft, timeUp, flushAll, endNow]);

  // after the end: wait for the server to record it (the deadline job, or Finish)
  useEffect(() => {
    if (!ended || ended.handedIn) return;
    const poll = setInterval(() => {
      void clock
        .sync()
        .then((reading) => {
          if (reading.finishedAt) setEnded({ by: reading.endedBy, handedIn: true });
        })
        .catch(() => undefined);
    }, 2_000);
    return () => clearInterval(poll);
  }, [ended, clock]);

  const send = (kind: SubmissionKindName) => {
    if (live.busy || closed) return;
    const sentAt = Date.now();
    setResultSlug(current);
    void live.start(kind, current, drafts.codes[current]!, 'typescript', `/api/attempts/${workspace.id}/submissions`).then((answer) => {
      if (!answer) return;
      clock.observe(answer as ClockReading, sentAt, Date.now());
      setCounts((c) => ({ ...c, [current]: { runs: c[current]!.runs + (kind === 'run' ? 1 : 0), submits: c[current]!.submits + (kind === 'submit' ? 1 : 0) } }));
    });
  };

  const finish = async () => {
    setFinishError(null);
    await drafts.flushAll();
    try {
      const { endedBy } = await fetchJson<{ endedBy: 'finished' | 'deadline' }>(`/api/attempts/${workspace.id}/finish`, { method: 'POST', body: '{}' });
      setEnded({ by: endedBy, handedIn: true });
    } catch (e) {
      setFinishError(e instanceof ApiError ? e.message : String(e));
      if (e instanceof ApiError && e.status === 409) endNow();
    }
  };

  return (
    <>
      <div className="attempt-bar">
        <h1>{workspace.title}</h1>
        <span className={`time-left${closed ? ' time-left-out' : clock.msLeft <= 5 * 60_000 ? ' time-left-low' : ''}`} role="timer" aria-live="off" data-testid="time-left">
          Time left {formatLeft(closed ? 0 : clock.msLeft)}
        </span>
        {!closed &&
          (confirmFinish ? (
            <span className="finish-confirm" role="group" aria-label="Finish the assessment">
              <span>Hand in now? Nothing can be changed afterwards.</span>
              <button type="button" className="button button-primary" onClick={() => void finish()}>
                Hand in
              </button>
              <button type="button" className="button" onClick={() => setConfirmFinish(false)}>
                Keep working
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmFinish(true)} disabled={!hydrated}>
              Finish assessment
            </button>
          ))}
      </div>
      {finishError && (
        <p className="alert alert-error attempt-banner" role="alert">
          {finishError}
        </p>
      )}
      {closed ? (
        <p className="alert alert-warning attempt-banner" role="alert" data-testid="attempt-ended">
          {ended?.by === 'finished' ? 'You handed in your work.' : 'Time is up.'}{' '}
          {ended?.handedIn ? 'What you saved is being graded; the hiring team will see it.' : 'Your work saved before the deadline is being handed in and graded.'} Your code stays
          below, read-only.{' '}
          {workspace.backTo && ended?.handedIn && <Link href={workspace.backTo}>Back to the assessment</Link>}
        </p>
      ) : (
        warning && (
          <p className="alert alert-warning attempt-banner" role="alert">
            {warning}
          </p>
        )
      )}
      <div className="workspace attempt-workspace">
        <section className="workspace-left card">
          <nav className="problem-nav" aria-label="Problems">
            {workspace.problems.map((p, i) => (
              <button key={p.slug} type="button" aria-current={p.slug === current} onClick={() => setCurrent(p.slug)}>
                <span>
                  {i + 1}. {p.title}
                </span>
                <small>
                  {p.points} points · {problemStatus(drafts.states[p.slug]!, drafts.codes[p.slug]! !== p.starterCode || p.code !== null, counts[p.slug]!)}
                </small>
              </button>
            ))}
          </nav>
          <div className="tab-panel">
            <h2>{problem.title}</h2>
            <pre className="signature">
              <code>{problem.signature}</code>
            </pre>
            <article className="statement" dangerouslySetInnerHTML={{ __html: statements[problem.slug] ?? '' }} />
          </div>
        </section>
        <section className="workspace-right">
          <div className="editor-toolbar">
            <SaveIndicator state={drafts.states[current]!} />
            <button type="button" className="button" onClick={() => send('run')} disabled={live.busy || closed || !hydrated} title="Run the sample tests (Ctrl/Cmd+Enter)">
              Run
            </button>
            <button type="button" className="button button-primary" onClick={() => send('submit')} disabled={live.busy || closed || !hydrated} title="Grade on all tests (Ctrl/Cmd+Shift+Enter)">
              Submit
            </button>
          </div>
          <div className="editor-frame">
            <CodeEditor
              key={current}
              value={drafts.codes[current]!}
              onChange={(code) => !closed && drafts.change(current, code)}
              language="typescript"
              signature={problem.signature}
              entry={problem.entry}
              onRun={() => send('run')}
              onSubmit={() => send('submit')}
              readOnly={closed}
              onPaste={signals.reportPaste}
            />
          </div>
          <ResultsPanel
            submission={resultSlug === current ? live.submission : null}
            busy={resultSlug === current && live.busy}
            error={resultSlug === current ? live.error : null}
            paramNames={problem.paramNames}
            renderVisuals={(test) => <TestVisuals problemSlug={problem.slug} test={test} />}
          />
        </section>
      </div>
    </>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text = state.kind === 'saved' ? (state.at ? 'Saved' : 'Starter code') : state.kind === 'saving' ? 'Saving…' : state.kind === 'unsaved' ? 'Unsaved changes' : `Not saved: ${state.message}`;
  return (
    <span className={`save-state save-${state.kind}`} role="status" data-testid="save-state">
      {text}
    </span>
  );
}

function problemStatus(state: SaveState, touched: boolean, counts: { runs: number; submits: number }): string {
  if (counts.submits > 0) return `submitted${counts.submits > 1 ? ` ×${counts.submits}` : ''}`;
  if (counts.runs > 0) return `ran ${counts.runs}×`;
  if (state.kind === 'unsaved' || state.kind === 'saving') return 'saving';
  return touched ? 'saved' : 'not started';
}

function formatLeft(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
