'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { codeBytes, codeTooLargeMessage } from '@/lib/shared/code-size';
import { LANGUAGE_NAMES, LANGUAGE_TITLES, type LanguageName, type PythonAvailability } from '@/lib/shared/languages';
import type { CustomInput, SubmissionKindName, SubmissionSummaryView, SubmissionView } from '@/lib/shared/submission-view';
import { fetchJson } from '@/lib/ui/api-client';
import { useDraft, type SaveState, type SavedDraft } from '@/lib/ui/drafts/use-draft';
import type { EditorProblem } from '@/lib/ui/editor/code-editor';
import { CustomInputForm } from '@/lib/ui/submissions/custom-input-form';
import { ResultsPanel } from '@/lib/ui/submissions/results-panel';
import { useLiveSubmission } from '@/lib/ui/submissions/use-live-submission';
import { TestVisuals } from '@/lib/ui/visuals/test-visuals';
import { CommonMistakes } from './common-mistakes';
import { SubmissionHistory } from './submission-history';

const CodeEditor = dynamic(() => import('@/lib/ui/editor/code-editor'), {
  ssr: false,
  loading: () => <p className="muted editor-loading">Loading the editor…</p>,
});

/** A problem as one language sees it; `description` is the statement with that language's signature, rendered on the server. */
export type LanguageVersion = { entry: string; signature: string; starterCode: string; paramNames: string[]; paramTypes: string[]; description: ReactNode; mistakes: string[] };
export type WorkspaceProblem = { slug: string; versions: { typescript: LanguageVersion; python: LanguageVersion | null } };

type Props = {
  userId: string;
  problem: WorkspaceProblem;
  drafts: Partial<Record<LanguageName, SavedDraft>>;
  history: SubmissionSummaryView[];
  preferredLanguage: LanguageName;
  python: PythonAvailability;
  /** an accepted Submit exists: the common mistakes are open */
  solved: boolean;
};

type Tab = 'description' | 'submissions' | 'mistakes';
/** On a phone the three panes are tabs; on a wide screen all are shown side by side. */
type Pane = 'statement' | 'code' | 'results';
/** A Run or Submit held back until the candidate confirms despite the errors the editor underlines. */
type Pending = { kind: SubmissionKindName; customInput?: CustomInput; problems: EditorProblem[] };

/** The problem page's interactive part: statement or history on the left, editor and results on the right. */
export function ProblemWorkspace({ userId, problem, drafts, history: initialHistory, preferredLanguage, python, solved: initiallySolved }: Props) {
  const [tab, setTab] = useState<Tab>('description');
  const [pane, setPane] = useState<Pane>('statement');
  const [history, setHistory] = useState(initialHistory);
  const [solved, setSolved] = useState(initiallySolved);
  const unavailable = languageUnavailable(problem, python);
  const [language, setLanguage] = useState<LanguageName>(unavailable[preferredLanguage] ? 'typescript' : preferredLanguage);
  const version = problem.versions[language] ?? problem.versions.typescript;
  const draftOf = (lang: LanguageName) => drafts[lang] ?? { code: problem.versions[lang]?.starterCode ?? '', savedAt: null, version: 0 };
  const typescriptDraft = useDraft(userId, problem.slug, 'typescript', draftOf('typescript'));
  const pythonDraft = useDraft(userId, problem.slug, 'python', draftOf('python'));
  const draft = language === 'python' ? pythonDraft : typescriptDraft;
  const shownHistory = history.filter((s) => s.language === language);
  const problemsCheck = useRef<(() => Promise<EditorProblem[]>) | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [customFrom, setCustomFrom] = useState<CustomInput | null>(null);
  const [sizeError, setSizeError] = useState<string | null>(null);

  const pick = (next: LanguageName) => {
    if (next === language || unavailable[next]) return;
    void draft.flush();
    setPending(null);
    setCustomFrom(null);
    setLanguage(next);
    // remembered for every problem page; a failure only costs the memory, not the choice
    void fetchJson('/api/me/language', { method: 'PUT', body: JSON.stringify({ language: next }) }).catch(() => undefined);
  };

  const refreshHistory = useCallback(() => {
    fetchJson<{ submissions: SubmissionSummaryView[] }>(`/api/problems/${problem.slug}/submissions`)
      .then((r) => setHistory(r.submissions))
      .catch(() => undefined); // the list is refreshed again after the next run
  }, [problem.slug]);
  const live = useLiveSubmission(
    useCallback(
      (finished: SubmissionView) => {
        refreshHistory();
        if (finished.kind === 'submit' && finished.verdict === 'accepted') setSolved(true);
      },
      [refreshHistory],
    ),
  );

  const start = (kind: SubmissionKindName, customInput?: CustomInput) => {
    setPending(null);
    void draft.flush();
    setPane('results');
    void live.start({ kind, problemSlug: problem.slug, code: draft.text(), language, customInput }).then(refreshHistory);
  };
  /** Run or Submit, after a warning when the editor underlines errors (type errors do not stop the grader). */
  const send = async (kind: SubmissionKindName, customInput?: CustomInput) => {
    if (live.busy) return;
    const tooLarge = codeTooLargeMessage(codeBytes(draft.text()));
    setSizeError(tooLarge);
    if (tooLarge) return;
    const problems = (await problemsCheck.current?.()) ?? [];
    if (problems.length > 0) return setPending({ kind, customInput, problems });
    start(kind, customInput);
  };
  // the same shortcuts outside the editor (inside it, the editor handles them first)
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      void sendRef.current(event.shiftKey ? 'submit' : 'run');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reset = () => {
    if (draft.text() !== version.starterCode && !window.confirm('Replace your code with the starter code? Your current version stays in the submission history only if you ran or submitted it.')) return;
    draft.replace(version.starterCode);
  };

  return (
    <div className="workspace" data-pane={pane}>
      <div className="pane-switch tabs" role="tablist" aria-label="Show">
        <PaneButton current={pane} value="statement" onSelect={setPane}>
          Statement
        </PaneButton>
        <PaneButton current={pane} value="code" onSelect={setPane}>
          Code
        </PaneButton>
        <PaneButton current={pane} value="results" onSelect={setPane}>
          Results{live.busy ? '…' : ''}
        </PaneButton>
      </div>
      <section className="workspace-left card" aria-label="Problem">
        <div className="tabs" role="tablist">
          <TabButton current={tab} value="description" onSelect={setTab}>
            Description
          </TabButton>
          <TabButton current={tab} value="submissions" onSelect={setTab}>
            Submissions{shownHistory.length > 0 ? ` (${shownHistory.length})` : ''}
          </TabButton>
          <TabButton current={tab} value="mistakes" onSelect={setTab}>
            {!solved && <LockIcon />}
            Common mistakes
          </TabButton>
        </div>
        <div className="tab-panel" role="tabpanel">
          {tab === 'description' && version.description}
          {tab === 'submissions' && (
            <SubmissionHistory
              submissions={shownHistory}
              language={language}
              onShowResults={(id) => {
                setPane('results');
                void live.show(id);
              }}
              onRestore={(restored) => {
                draft.replace(restored);
                setPane('code');
              }}
            />
          )}
          {tab === 'mistakes' && <CommonMistakes solved={solved} mistakes={version.mistakes} />}
        </div>
      </section>
      <section className="workspace-right" aria-label="Your solution">
        <div className="editor-toolbar">
          <div className="toolbar-start">
            <LanguagePicker language={language} unavailable={unavailable} onPick={pick} />
            <SaveIndicator state={draft.state} />
          </div>
          <div className="toolbar-actions">
            <button type="button" className="button button-quiet" onClick={reset}>
              Reset to starter
            </button>
            <button type="button" className="button" onClick={() => void send('run')} disabled={live.busy} title="Run the sample tests (Ctrl/Cmd+Enter)">
              Run
            </button>
            <button type="button" className="button button-primary" onClick={() => void send('submit')} disabled={live.busy} title="Grade on all tests (Ctrl/Cmd+Shift+Enter)">
              Submit
            </button>
          </div>
        </div>
        {unavailable.python && (
          <p className="language-note muted" id="python-unavailable">
            {unavailable.python}
          </p>
        )}
        {draft.state.kind === 'conflict' && <ConflictBanner theirs={draft.state.theirs} onReload={draft.reloadTheirs} onKeep={(theirs) => void draft.keepMine(theirs)} />}
        {sizeError && (
          <p className="alert alert-error" role="alert">
            {sizeError}
          </p>
        )}
        {pending && <ProblemsWarning pending={pending} language={language} onGo={() => start(pending.kind, pending.customInput)} onCancel={() => setPending(null)} />}
        <div className="editor-frame">
          <CodeEditor
            defaultValue={draft.text()}
            replacement={draft.replacement}
            onChange={draft.change}
            problemsCheckRef={problemsCheck}
            language={language}
            signature={version.signature}
            entry={version.entry}
            onRun={() => void send('run')}
            onSubmit={() => void send('submit')}
          />
        </div>
        <p className="editor-hint muted">
          <kbd>Tab</kbd> indents. Press <kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> on a Mac) to make <kbd>Tab</kbd> move the focus out of the editor instead.
        </p>
        <div className="results-pane">
          {customFrom && (
            <CustomInputForm
              key={`${customFrom.sample}:${language}`}
              start={customFrom}
              paramNames={version.paramNames}
              paramTypes={version.paramTypes}
              busy={live.busy}
              onRun={(input) => void send('run', input)}
              onClose={() => setCustomFrom(null)}
            />
          )}
          <ResultsPanel
            submission={live.submission}
            busy={live.busy}
            error={live.error}
            paramNames={version.paramNames}
            renderVisuals={(test) => <TestVisuals problemSlug={problem.slug} test={test} />}
            onTryOwnInput={(input) => setCustomFrom(input)}
          />
        </div>
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

function PaneButton({ current, value, onSelect, children }: { current: Pane; value: Pane; onSelect: (pane: Pane) => void; children: ReactNode }) {
  return (
    <button type="button" role="tab" aria-selected={current === value} className="tab" onClick={() => onSelect(value)}>
      {children}
    </button>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved' ? (state.at ? 'Draft saved' : 'Starter code')
    : state.kind === 'saving' ? 'Saving…'
    : state.kind === 'unsaved' ? 'Unsaved changes'
    : state.kind === 'conflict' ? 'Not saved: changed in another tab'
    : `Not saved: ${state.message}`;
  const failed = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <span className={`save-state save-${failed ? 'failed' : state.kind}`} role="status" title={failed ? 'Your code is kept in this browser.' : undefined}>
      {text}
    </span>
  );
}

function ConflictBanner({ theirs, onReload, onKeep }: { theirs: SavedDraft; onReload: (theirs: SavedDraft) => void; onKeep: (theirs: SavedDraft) => void }) {
  return (
    <div className="alert alert-warning conflict" role="alert">
      <p>
        This draft was saved from another tab or browser after this one loaded it. Which version should stay? (Yours is kept in this tab until you choose.)
      </p>
      <div className="alert-actions">
        <button type="button" className="button" onClick={() => onReload(theirs)}>
          Reload theirs
        </button>
        <button type="button" className="button button-primary" onClick={() => onKeep(theirs)}>
          Keep mine
        </button>
      </div>
    </div>
  );
}

function ProblemsWarning({ pending, language, onGo, onCancel }: { pending: Pending; language: LanguageName; onGo: () => void; onCancel: () => void }) {
  const n = pending.problems.length;
  const what = language === 'typescript' ? `type error${n === 1 ? '' : 's'}` : `problem${n === 1 ? '' : 's'}`;
  const verb = pending.kind === 'submit' ? 'Submit' : 'Run';
  return (
    <div className="alert alert-warning problems-warning" role="alert">
      <p>
        <strong>
          {n} {what} — {verb.toLowerCase()} anyway?
        </strong>{' '}
        The grader does not check types, but these usually mean a wrong result.
      </p>
      <ul>
        {pending.problems.slice(0, 3).map((p, i) => (
          <li key={i}>
            line {p.line}: {p.message.split('\n').filter(Boolean).at(-1)}
          </li>
        ))}
      </ul>
      <div className="alert-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={onGo} autoFocus>
          {verb} anyway
        </button>
      </div>
    </div>
  );
}

function LockIcon() {
  return (
    <svg className="tab-icon" viewBox="0 0 16 16" width="12" height="12" aria-label="locked until solved" role="img">
      <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
  );
}
