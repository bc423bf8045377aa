'use client';

import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { monaco } from './monaco-setup';
import type { LanguageName } from '../../shared/languages';
import { pythonEntryMarkers, watchPythonEntry } from './python-entry-check';
import { flatten, signatureMarkers, watchSignature, type DiagnosticMessage } from './signature-check';
import type { Replacement } from '../drafts/use-draft';

/** One model per language, so switching keeps each one's undo history. */
const SOLUTION_PATHS: Record<LanguageName, string> = { typescript: 'file:///solution.ts', python: 'file:///solution.py' };
const EXTENSIONS: Record<LanguageName, string> = { typescript: 'ts', python: 'py' };

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 14,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  padding: { top: 12 },
};

/** What the editor underlines as an error (a type error, a call the grader cannot make), for the warning before a Run. */
export type EditorProblem = { line: number; message: string };

export type CodeEditorProps = {
  /** the text a language's model starts with; the editor owns the text from then on */
  defaultValue: string;
  /** text that replaces the content (reset, restore, another tab's draft), once per `seq` */
  replacement: Replacement | null;
  onChange: (code: string) => void;
  /** receives a function that says what the editor would underline in the current text (asked before a Run) */
  problemsCheckRef: MutableRefObject<(() => Promise<EditorProblem[]>) | null>;
  language: LanguageName;
  /** the pinned signature and the function the grader calls, for the signature check */
  signature: string;
  entry: string;
  /** Ctrl/Cmd+Enter */
  onRun: () => void;
  /** Ctrl/Cmd+Shift+Enter */
  onSubmit: () => void;
  readOnly?: boolean;
  /** what was pasted, as the editor inserted it */
  onPaste?: (text: string) => void;
};

/**
 * The candidate's editor: TypeScript with the sandbox's library or Python, the function the grader calls checked.
 * Uncontrolled: the text is never fed back from React state on a keystroke, so no keystroke is lost however fast.
 */
export default function CodeEditor({ defaultValue, replacement, onChange, problemsCheckRef, language, signature, entry, onRun, onSubmit, readOnly = false, onPaste }: CodeEditorProps) {
  const handlers = useRef({ onRun, onSubmit, onPaste });
  handlers.current = { onRun, onSubmit, onPaste };
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const applied = useRef<Partial<Record<LanguageName, number>>>({});

  const onMount: OnMount = (mounted) => {
    mounted.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun());
    mounted.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => handlers.current.onSubmit());
    mounted.onDidPaste((event) => handlers.current.onPaste?.(mounted.getModel()?.getValueInRange(event.range) ?? ''));
    setEditor(mounted);
    setModel(mounted.getModel());
    mounted.onDidChangeModel(() => setModel(mounted.getModel()));
  };

  useEffect(() => {
    if (!model || model.uri.toString() !== SOLUTION_PATHS[language]) return undefined;
    return language === 'python' ? watchPythonEntry(model, signature, entry) : watchSignature(model, signature, entry);
  }, [model, language, signature, entry]);

  useEffect(() => {
    if (!model) return undefined;
    problemsCheckRef.current = () => currentProblems(model, signature, entry);
    return () => {
      problemsCheckRef.current = null;
    };
  }, [model, problemsCheckRef, signature, entry]);

  // an outside change of the text, as one undoable edit
  useEffect(() => {
    if (!editor || !model || !replacement || model.uri.toString() !== SOLUTION_PATHS[language]) return;
    if ((applied.current[language] ?? 0) >= replacement.seq) return;
    applied.current[language] = replacement.seq;
    if (model.getValue() === replacement.text) return;
    editor.pushUndoStop();
    editor.executeEdits('replace', [{ range: model.getFullModelRange(), text: replacement.text }]);
    editor.pushUndoStop();
  }, [editor, model, replacement, language]);

  return (
    <Editor
      path={SOLUTION_PATHS[language]}
      language={language}
      defaultValue={defaultValue}
      onChange={(code) => onChange(code ?? '')}
      onMount={onMount}
      options={{ ...EDITOR_OPTIONS, tabSize: language === 'python' ? 4 : 2, readOnly, ariaLabel: 'Your solution. Press Ctrl+M to make Tab move focus out of the editor.' }}
      loading={<p className="muted editor-loading">Loading the editor…</p>}
    />
  );
}

/**
 * What the editor would underline in the model's current text, computed now (the squiggles lag typing by a
 * moment, and a Run right after a paste must not be judged on the text before it): TypeScript's errors and the
 * grader's own warning (a function the grader cannot call fails every test), or Python's missing entry.
 */
async function currentProblems(model: monaco.editor.ITextModel, signature: string, entry: string): Promise<EditorProblem[]> {
  const asProblem = (m: monaco.editor.IMarkerData): EditorProblem => ({ line: m.startLineNumber, message: m.message });
  if (model.getLanguageId() !== 'typescript') return pythonEntryMarkers(model, signature, entry).map(asProblem);
  const problems: EditorProblem[] = [];
  try {
    const worker = await (await monaco.typescript.getTypeScriptWorker())(model.uri);
    const uri = model.uri.toString();
    const diagnostics = [...(await worker.getSyntacticDiagnostics(uri)), ...(await worker.getSemanticDiagnostics(uri))];
    for (const d of diagnostics) {
      if (d.category === ERROR_CATEGORY && !model.isDisposed()) problems.push({ line: model.getPositionAt(d.start ?? 0).lineNumber, message: flatten(d.messageText as DiagnosticMessage) });
    }
    problems.push(...(await signatureMarkers(model, signature, entry)).map(asProblem));
  } catch {
    // no worker (still starting): nothing to warn about rather than a Run that never starts
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** TypeScript's DiagnosticCategory.Error */
const ERROR_CATEGORY = 1;

/** Read-only diff of two versions of a solution, showing the changed parts. */
export function CodeDiff({ original, modified, language }: { original: string; modified: string; language: LanguageName }) {
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language={language}
      originalModelPath={`file:///history/previous.${EXTENSIONS[language]}`}
      modifiedModelPath={`file:///history/selected.${EXTENSIONS[language]}`}
      options={{
        readOnly: true,
        // side by side where there is room, inline in a narrow pane; unchanged stretches folded away
        renderSideBySide: true,
        useInlineViewWhenSpaceIsLimited: true,
        hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 3, revealLineCount: 10 },
        minimap: { enabled: false },
        automaticLayout: true,
        scrollBeyondLastLine: false,
        fontSize: 13,
      }}
      loading={<p className="muted editor-loading">Loading the diff…</p>}
    />
  );
}
