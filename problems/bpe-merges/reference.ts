const END = '</w>';

/** Merge every non-overlapping occurrence of (a, b), scanning left to right. */
function mergePair(symbols: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (i + 1 < symbols.length && symbols[i] === a && symbols[i + 1] === b) {
      out.push(a + b);
      i++;
    } else out.push(symbols[i]!);
  }
  return out;
}

/**
 * Plain TS byte-pair encoding: learn up to numMerges merges from a counted word list (each word split into
 * characters plus "</w>"; pair counts weighted by word counts; ties → the smallest pair by code-unit
 * order), then tokenize `word` by applying the merges in learned order.
 */
export function bpe(words: string[], counts: number[], numMerges: number, word: string): { merges: string[][]; tokens: string[] } {
  if (words.length !== counts.length) throw new Error('words and counts must have equal length');
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new Error('counts must be integers ≥ 0');
  if (!Number.isInteger(numMerges) || numMerges < 0) throw new Error('numMerges must be an integer ≥ 0');
  if ([...words, word].some((w) => w.length === 0 || /\s/u.test(w))) throw new Error('words must be non-empty and contain no whitespace');
  let corpus = words.map((w) => [...Array.from(w), END]);
  const merges: string[][] = [];
  while (merges.length < numMerges) {
    const pairCounts = new Map<string, { a: string; b: string; n: number }>();
    corpus.forEach((symbols, w) => {
      const c = counts[w]!;
      for (let i = 0; i + 1 < symbols.length; i++) {
        const key = `${symbols[i]}\u0000${symbols[i + 1]}`;
        const e = pairCounts.get(key) ?? { a: symbols[i]!, b: symbols[i + 1]!, n: 0 };
        e.n += c;
        pairCounts.set(key, e);
      }
    });
    let best: { a: string; b: string; n: number } | null = null;
    for (const e of pairCounts.values()) {
      if (e.n <= 0) continue;
      if (best === null || e.n > best.n || (e.n === best.n && (e.a < best.a || (e.a === best.a && e.b < best.b)))) best = e;
    }
    if (best === null) break;
    const { a, b } = best;
    merges.push([a, b]);
    corpus = corpus.map((s) => mergePair(s, a, b));
  }
  let tokens = [...Array.from(word), END];
  for (const [a, b] of merges) tokens = mergePair(tokens, a!, b!);
  return { merges, tokens };
}
