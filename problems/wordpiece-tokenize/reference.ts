const PUNCT = /^[\p{P}!-/:-@[-`{-~]$/u;

/** Lowercase, strip accents (NFD, drop combining marks), split on whitespace and around punctuation. */
function basicTokenize(text: string): string[] {
  const clean = text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
  const words: string[] = [];
  for (const chunk of clean.split(/\s+/u)) {
    let current = '';
    for (const ch of chunk) {
      if (PUNCT.test(ch)) {
        if (current) words.push(current);
        words.push(ch);
        current = '';
      } else current += ch;
    }
    if (current) words.push(current);
  }
  return words;
}

/** Plain TS uncased BERT WordPiece: greedy longest-match-first with "##" continuations; unmatchable words → [UNK]. */
export function wordpiece(text: string, vocab: string[], maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new Error('maxChars must be an integer ≥ 1');
  const known = new Set(vocab);
  const out: string[] = [];
  for (const word of basicTokenize(text)) {
    const chars = Array.from(word);
    if (chars.length > maxChars) {
      out.push('[UNK]');
      continue;
    }
    const pieces: string[] = [];
    let start = 0;
    let ok = true;
    while (start < chars.length) {
      let end = chars.length;
      let found: string | null = null;
      while (end > start) {
        const piece = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
        if (known.has(piece)) {
          found = piece;
          break;
        }
        end--;
      }
      if (found === null) {
        ok = false;
        break;
      }
      pieces.push(found);
      start = end;
    }
    if (ok) out.push(...pieces);
    else out.push('[UNK]');
  }
  return out;
}
