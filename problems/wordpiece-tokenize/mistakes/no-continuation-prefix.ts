// expect: wrong_answer
// mistake: looks continuation pieces up without the ## prefix
// caught-by: continuation pieces need the ## prefix
export function wordpiece(text: string, vocab: string[], maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new Error('maxChars must be ≥ 1');
  const known = new Set(vocab);
  const isPunct = (ch: string) => /[\p{P}]/u.test(ch) || /[!-\/:-@\[-`{-~]/.test(ch);
  // basic tokenization: lowercase, strip accents, split on whitespace, split off punctuation
  const normalized = text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
  const words: string[] = [];
  for (const chunk of normalized.split(/\s+/u)) {
    let cur = '';
    for (const ch of chunk) {
      if (isPunct(ch)) {
        if (cur) words.push(cur);
        words.push(ch);
        cur = '';
      } else cur += ch;
    }
    if (cur) words.push(cur);
  }
  const out: string[] = [];
  for (const w of words) {
    const chars = [...w];
    if (chars.length > maxChars) { out.push('[UNK]'); continue; }
    const pieces: string[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let piece = '';
      for (; end > start; end--) {
        const cand = chars.slice(start, end).join('');
        if (known.has(cand)) { piece = (start > 0 ? '##' : '') + cand; break; }
      }
      if (!piece) break; // no piece fits: the whole word is unknown
      pieces.push(piece);
      start = end;
    }
    if (start < chars.length) out.push('[UNK]');
    else out.push(...pieces);
  }
  return out;
}
