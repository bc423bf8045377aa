'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SubmissionKindName, SubmissionSummaryView, SubmissionView } from '@/lib/shared/submission-view';
import { fetchJson } from '@/lib/ui/api-client';
import { useDraft, type SaveState } from '@/lib/ui/drafts/use-draft';
import { ResultsPanel } from '@/lib/ui/submissions/results-panel';
import { useLiveSubmission } from '@/lib/ui/submissions/use-live-submission';
import { TestVisuals } from '@/lib/ui/visuals/test-visuals';
import { SubmissionHistory } from './submission-history';

const CodeEditor = dynamic(() => import('@/lib/ui/editor/code-editor'), {
  ssr: false,
  loading: () => <p className="muted editor-loading">Loading the editor…</p>,
});

export type WorkspaceProblem = { slug: string; entry: string; signature: string; starterCode: string; paramNames: string[] };

type Props = {
  userId: string;
  problem: WorkspaceProblem;
  draft: { code: string; savedAt: string } | null;
  history: SubmissionSummaryView[];
  /** the statement, rendered on the server */
  description: ReactNode;
};

type Tab = 'description' | 'submissions';

/** The problem page's interactive part: statement or history on the left, editor and results on the right. */
export function ProblemWorkspace({ userId, problem, draft, history: initialHistory, description }: Props) {
  const [tab, setTab] = useState<Tab>('description');
  const [history, setHistory] = useState(initialHistory);
  const { code, state, change, flush } = useDraft(userId, problem.slug, draft ?? { code: problem.starterCode, savedAt: null });

  const refreshHistory = useCallback(() => {
    fetchJson<{ submissions: SubmissionSummaryView[] }>(`/api/problems/${problem.slug}/submissions`)
      .then((r) => setHistory(r.submissions))
      .catch(() => undefined); // the list is refreshed again after the next run
  }, [problem.slug]);
  const live = useLiveSubmission(useCallback((_: SubmissionView) => refreshHistory(), [refreshHistory]));

  const send = (kind: SubmissionKindName) => {
    if (live.busy) return;
    void flush();
    void live.start(kind, problem.slug, code).then(refreshHistory);
  };
  // the same shortcuts outside the editor (inside it, the editor handles them first)
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      sendRef.current(event.shiftKey ? 'submit' : 'run');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reset = () => {
    if (code !== problem.starterCode && !window.confirm('Replace your code with the starter code? Your current version stays in the submission history only if you ran or submitted it.')) return;
    change(problem.starterCode);
  };

  return (
    <div className="workspace">
      <section className="workspace-left card">
        <div className="tabs" role="tablist">
          <TabButton current={tab} value="description" onSelect={setTab}>
            Description
          </TabButton>
          <TabButton current={tab} value="submissions" onSelect={setTab}>
            Submissions{history.length > 0 ? ` (${history.length})` : ''}
          </TabButton>
        </div>
        <div className="tab-panel" role="tabpanel">
          {tab === 'description' ? (
            description
          ) : (
            <SubmissionHistory submissions={history} onShowResults={(id) => void live.show(id)} onRestore={(restored) => change(restored)} />
          )}
        </div>
      </section>
      <section className="workspace-right">
        <div className="editor-toolbar">
          <SaveIndicator state={state} />
          <button type="button" className="button button-quiet" onClick={reset}>
            Reset to starter
          </button>
          <button type="button" className="button" onClick={() => send('run')} disabled={live.busy} title="Run the sample tests (Ctrl/Cmd+Enter)">
            Run
          </button>
          <button type="button" className="button button-primary" onClick={() => send('submit')} disabled={live.busy} title="Grade on all tests (Ctrl/Cmd+Shift+Enter)">
            Submit
          </button>
        </div>
        <div className="editor-frame">
          <CodeEditor value={code} onChange={change} signature={problem.signature} entry={problem.entry} onRun={() => send('run')} onSubmit={() => send('submit')} />
        </div>
        <ResultsPanel
          submission={live.submission}
          busy={live.busy}
          error={live.error}
          paramNames={problem.paramNames}
          renderVisuals={(test) => <TestVisuals problemSlug={problem.slug} test={test} />}
        />
      </section>
    </div>
  );
}

function TabButton({ current, value, onSelect, children }: { current: Tab; value: Tab; onSelect: (tab: Tab) => void; children: ReactNode }) {
  return (
    <button type="button" role="tab" aria-selected={current === value} className="tab" onClick={() => onSelect(value)}>
      {children}
    </button>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved' ? (state.at ? 'Draft saved' : 'Starter code') : state.kind === 'saving' ? 'Saving…' : state.kind === 'unsaved' ? 'Unsaved changes' : `Not saved: ${state.message}`;
  return (
    <span className={`save-state save-${state.kind}`} role="status" title={state.kind === 'failed' ? 'Your code is kept in this browser and saved again when you type.' : undefined}>
      {text}
    </span>
  );
}
