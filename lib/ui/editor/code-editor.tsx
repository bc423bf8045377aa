'use client';

import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { monaco } from './monaco-setup';
import { watchSignature } from './signature-check';

export const SOLUTION_PATH = 'file:///solution.ts';

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 14,
  tabSize: 2,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  padding: { top: 12 },
};

export type CodeEditorProps = {
  value: string;
  onChange: (code: string) => void;
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

/** The candidate's editor: TypeScript with the sandbox's library, the grader's signature checked. */
export default function CodeEditor({ value, onChange, signature, entry, onRun, onSubmit, readOnly = false, onPaste }: CodeEditorProps) {
  const handlers = useRef({ onRun, onSubmit, onPaste });
  handlers.current = { onRun, onSubmit, onPaste };
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);

  const onMount: OnMount = (editor) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => handlers.current.onSubmit());
    editor.onDidPaste((event) => handlers.current.onPaste?.(editor.getModel()?.getValueInRange(event.range) ?? ''));
    setModel(editor.getModel());
  };

  useEffect(() => (model ? watchSignature(model, signature, entry) : undefined), [model, signature, entry]);

  return (
    <Editor
      path={SOLUTION_PATH}
      language="typescript"
      value={value}
      onChange={(code) => onChange(code ?? '')}
      onMount={onMount}
      options={{ ...EDITOR_OPTIONS, readOnly }}
      loading={<p className="muted editor-loading">Loading the editor…</p>}
    />
  );
}

/** Read-only diff of two versions of a solution, showing the changed parts. */
export function CodeDiff({ original, modified }: { original: string; modified: string }) {
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="typescript"
      originalModelPath="file:///history/previous.ts"
      modifiedModelPath="file:///history/selected.ts"
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
