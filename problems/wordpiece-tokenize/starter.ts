export function wordpiece(text: string, vocab: string[], maxChars: number): string[] {
  // TODO: basic tokenization, then greedy longest-match-first WordPiece with "##" continuations
  return text.split(' ');
}
