'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { LANGUAGE_NAMES, LANGUAGE_TITLES, type LanguageName, type PythonAvailability } from '@/lib/shared/languages';
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

/** A problem as one language sees it; `description` is the statement with that language's signature, rendered on the server. */
export type LanguageVersion = { entry: string; signature: string; starterCode: string; paramNames: string[]; description: ReactNode };
export type WorkspaceProblem = { slug: string; versions: { typescript: LanguageVersion; python: LanguageVersion | null } };

type Props = {
  userId: string;
  problem: WorkspaceProblem;
  drafts: Partial<Record<LanguageName, { code: string; savedAt: string }>>;
  history: SubmissionSummaryView[];
  preferredLanguage: LanguageName;
  python: PythonAvailability;
};

type Tab = 'description' | 'submissions';

/** The problem page's interactive part: statement or history on the left, editor and results on the right. */
export function ProblemWorkspace({ userId, problem, drafts, history: initialHistory, preferredLanguage, python }: Props) {
  const [tab, setTab] = useState<Tab>('description');
  const [history, setHistory] = useState(initialHistory);
  const unavailable = languageUnavailable(problem, python);
  const [language, setLanguage] = useState<LanguageName>(unavailable[preferredLanguage] ? 'typescript' : preferredLanguage);
  const version = problem.versions[language] ?? problem.versions.typescript;
  const draftOf = (lang: LanguageName) => drafts[lang] ?? { code: problem.versions[lang]?.starterCode ?? '', savedAt: null };
  const typescriptDraft = useDraft(userId, problem.slug, 'typescript', draftOf('typescript'));
  const pythonDraft = useDraft(userId, problem.slug, 'python', draftOf('python'));
  const { code, state, change, flush } = language === 'python' ? pythonDraft : typescriptDraft;
  const shownHistory = history.filter((s) => s.language === language);

  const pick = (next: LanguageName) => {
    if (next === language || unavailable[next]) return;
    void flush();
    setLanguage(next);
    // remembered for every problem page; a failure only costs the memory, not the choice
    void fetchJson('/api/me/language', { method: 'PUT', body: JSON.stringify({ language: next }) }).catch(() => undefined);
  };

  const refreshHistory = useCallback(() => {
    fetchJson<{ submissions: SubmissionSummaryView[] }>(`/api/problems/${problem.slug}/submissions`)
      .then((r) => setHistory(r.submissions))
      .catch(() => undefined); // the list is refreshed again after the next run
  }, [problem.slug]);
  const live = useLiveSubmission(useCallback((_: SubmissionView) => refreshHistory(), [refreshHistory]));

  const send = (kind: SubmissionKindName) => {
    if (live.busy) return;
    void flush();
    void live.start(kind, problem.slug, code, language).then(refreshHistory);
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
    if (code !== version.starterCode && !window.confirm('Replace your code with the starter code? Your current version stays in the submission history only if you ran or submitted it.')) return;
    change(version.starterCode);
  };

  return (
    <div className="workspace">
      <section className="workspace-left card">
        <div className="tabs" role="tablist">
          <TabButton current={tab} value="description" onSelect={setTab}>
            Description
          </TabButton>
          <TabButton current={tab} value="submissions" onSelect={setTab}>
            Submissions{shownHistory.length > 0 ? ` (${shownHistory.length})` : ''}
          </TabButton>
        </div>
        <div className="tab-panel" role="tabpanel">
          {tab === 'description' ? (
            version.description
          ) : (
            <SubmissionHistory submissions={shownHistory} language={language} onShowResults={(id) => void live.show(id)} onRestore={(restored) => change(restored)} />
          )}
        </div>
      </section>
      <section className="workspace-right">
        <div className="editor-toolbar">
          <div className="toolbar-start">
            <LanguagePicker language={language} unavailable={unavailable} onPick={pick} />
            <SaveIndicator state={state} />
          </div>
          <div className="toolbar-actions">
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
        </div>
        {unavailable.python && (
          <p className="language-note muted" id="python-unavailable">
            {unavailable.python}
          </p>
        )}
        <div className="editor-frame">
          <CodeEditor value={code} onChange={change} language={language} signature={version.signature} entry={version.entry} onRun={() => send('run')} onSubmit={() => send('submit')} />
        </div>
        <ResultsPanel
          submission={live.submission}
          busy={live.busy}
          error={live.error}
          paramNames={version.paramNames}
          renderVisuals={(test) => <TestVisuals problemSlug={problem.slug} test={test} />}
        />
      </section>
    </div>
  );
}

/** Why a language cannot be picked on this page, or null where it can. */
function languageUnavailable(problem: WorkspaceProblem, python: PythonAvailability): Record<LanguageName, string | null> {
  let pythonReason: string | null = null;
  if (!python.available) pythonReason = `Python is not available on this server: ${python.reason}. ${python.hint}.`;
  else if (!problem.versions.python) pythonReason = 'This problem has no Python version yet.';
  return { typescript: null, python: pythonReason };
}

function LanguagePicker({ language, unavailable, onPick }: { language: LanguageName; unavailable: Record<LanguageName, string | null>; onPick: (language: LanguageName) => void }) {
  return (
    <div className="language-picker" role="group" aria-label="Language">
      {LANGUAGE_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className="language-option"
          aria-pressed={language === name}
          disabled={unavailable[name] !== null}
          title={unavailable[name] ?? `Write your solution in ${LANGUAGE_TITLES[name]}`}
          aria-describedby={unavailable[name] ? `${name}-unavailable` : undefined}
          onClick={() => onPick(name)}
        >
          {LANGUAGE_TITLES[name]}
        </button>
      ))}
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
