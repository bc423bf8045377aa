'use client';

import { signatureContractSource } from '../../shared/signature-contract';
import { monaco } from './monaco-setup';

const OWNER = 'grader-signature';

type DiagnosticMessage = string | { messageText: string; next?: DiagnosticMessage[] };

function flatten(message: DiagnosticMessage): string {
  if (typeof message === 'string') return message;
  return [message.messageText, ...(message.next ?? []).map(flatten)].join(' ');
}

/**
 * `model` must be `file:///solution.ts`. Keeps a hidden module that calls the candidate's export the way the grader will; its type errors
 * become warnings on the candidate's `export function` line ("the grader calls …"). Returns a
 * disposer.
 */
export function watchSignature(model: monaco.editor.ITextModel, signature: string, entry: string): () => void {
  const source = signatureContractSource(signature, entry);
  if (!source) return () => undefined;
  const checkUri = monaco.Uri.parse('file:///solution.contract.ts');
  monaco.editor.getModel(checkUri)?.dispose();
  const checkModel = monaco.editor.createModel(source, 'typescript', checkUri);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const check = async () => {
    const worker = await (await monaco.typescript.getTypeScriptWorker())(checkUri, model.uri);
    const diagnostics = await worker.getSemanticDiagnostics(checkUri.toString());
    if (disposed || model.isDisposed()) return;
    const text = model.getValue();
    const match = new RegExp(`export\\s+(?:async\\s+)?function\\s+${entry}\\b`).exec(text);
    const at = match ? model.getPositionAt(match.index) : { lineNumber: 1, column: 1 };
    const markers = diagnostics.map((d) => ({
      severity: monaco.MarkerSeverity.Warning,
      message: match
        ? `The grader calls ${signature.replace(/^export function /, '')}\n\nYour ${entry} does not fit it: ${flatten(d.messageText as DiagnosticMessage)}`
        : `The grader calls the exported function ${entry}, which this file does not export.`,
      startLineNumber: at.lineNumber,
      startColumn: at.column,
      endLineNumber: at.lineNumber,
      endColumn: match ? at.column + match[0].length : model.getLineMaxColumn(1),
    }));
    monaco.editor.setModelMarkers(model, OWNER, markers.slice(0, 1));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check().catch(() => undefined), 500);
  };
  const subscription = model.onDidChangeContent(schedule);
  schedule();
  return () => {
    disposed = true;
    clearTimeout(timer);
    subscription.dispose();
    checkModel.dispose();
    if (!model.isDisposed()) monaco.editor.setModelMarkers(model, OWNER, []);
  };
}
