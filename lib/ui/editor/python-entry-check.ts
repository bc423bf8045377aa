'use client';

import { monaco } from './monaco-setup';

const OWNER = 'grader-python-entry';

/**
 * Python has no type checker in the editor; this warns on the first line when the file does not define, at
 * the top level, the function the grader calls. Returns a disposer.
 */
export function watchPythonEntry(model: monaco.editor.ITextModel, signature: string, entry: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (model.isDisposed()) return;
    const defined = new RegExp(`^def\\s+${entry}\\s*\\(`, 'm').test(model.getValue());
    const markers = defined
      ? []
      : [{ severity: monaco.MarkerSeverity.Warning, message: `The grader calls ${signature.replace(/:\s*$/, '')}; define it at the top level of your file.`, startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: model.getLineMaxColumn(1) }];
    monaco.editor.setModelMarkers(model, OWNER, markers);
  };
  const subscription = model.onDidChangeContent(() => {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });
  check();
  return () => {
    clearTimeout(timer);
    subscription.dispose();
    if (!model.isDisposed()) monaco.editor.setModelMarkers(model, OWNER, []);
  };
}
