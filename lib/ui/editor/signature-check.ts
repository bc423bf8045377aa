'use client';

import { signatureContractSource } from '../../shared/signature-contract';
import { monaco } from './monaco-setup';

const OWNER = 'grader-signature';
const CHECK_URI = monaco.Uri.parse('file:///solution.contract.ts');

export type DiagnosticMessage = string | { messageText: string; next?: DiagnosticMessage[] };

/** A TypeScript diagnostic's message chain as one line. */
export function flatten(message: DiagnosticMessage): string {
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
  monaco.editor.getModel(CHECK_URI)?.dispose();
  const checkModel = monaco.editor.createModel(source, 'typescript', CHECK_URI);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const check = async () => {
    const markers = await signatureMarkers(model, signature, entry);
    if (disposed || model.isDisposed()) return;
    monaco.editor.setModelMarkers(model, OWNER, markers);
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

/**
 * The warning (at most one) for the model's current text, asked of the TypeScript worker now: the contract
 * module `watchSignature` keeps must exist. Also what a Run asks, so it never reads a marker the debounce left stale.
 */
export async function signatureMarkers(model: monaco.editor.ITextModel, signature: string, entry: string): Promise<monaco.editor.IMarkerData[]> {
  if (!monaco.editor.getModel(CHECK_URI)) return [];
  const worker = await (await monaco.typescript.getTypeScriptWorker())(CHECK_URI, model.uri);
  const diagnostics = await worker.getSemanticDiagnostics(CHECK_URI.toString());
  if (model.isDisposed()) return [];
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
  return markers.slice(0, 1);
}
