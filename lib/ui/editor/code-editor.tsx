'use client';

import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { monaco } from './monaco-setup';
import type { LanguageName } from '../../shared/languages';
import { watchPythonEntry } from './python-entry-check';
import { watchSignature } from './signature-check';

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

export type CodeEditorProps = {
  value: string;
  onChange: (code: string) => void;
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

/** The candidate's editor: TypeScript with the sandbox's library or Python, the function the grader calls checked. */
export default function CodeEditor({ value, onChange, language, signature, entry, onRun, onSubmit, readOnly = false, onPaste }: CodeEditorProps) {
  const handlers = useRef({ onRun, onSubmit, onPaste });
  handlers.current = { onRun, onSubmit, onPaste };
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);

  const onMount: OnMount = (editor) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => handlers.current.onSubmit());
    editor.onDidPaste((event) => handlers.current.onPaste?.(editor.getModel()?.getValueInRange(event.range) ?? ''));
    setModel(editor.getModel());
    editor.onDidChangeModel(() => setModel(editor.getModel()));
  };

  useEffect(() => {
    if (!model || model.uri.toString() !== SOLUTION_PATHS[language]) return undefined;
    return language === 'python' ? watchPythonEntry(model, signature, entry) : watchSignature(model, signature, entry);
  }, [model, language, signature, entry]);

  return (
    <Editor
      path={SOLUTION_PATHS[language]}
      language={language}
      value={value}
      onChange={(code) => onChange(code ?? '')}
      onMount={onMount}
      options={{ ...EDITOR_OPTIONS, tabSize: language === 'python' ? 4 : 2, readOnly }}
      loading={<p className="muted editor-loading">Loading the editor…</p>}
    />
  );
}

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
