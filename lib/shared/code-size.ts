/** Largest source a candidate may send (drafts, Runs, Submits). */
export const MAX_CODE_BYTES = 64 * 1024;

/** UTF-8 size of a source, the way the server measures it (also in the browser, before sending). */
export function codeBytes(code: string): number {
  return new TextEncoder().encode(code).length;
}

/** The one message for code over the limit, wherever it is refused (the editor, a save, a Run or Submit). */
export function codeTooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_CODE_BYTES) return null;
  return `Your code is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_CODE_BYTES / 1024} KB. Remove what the function does not need (large pasted data, long comments).`;
}
