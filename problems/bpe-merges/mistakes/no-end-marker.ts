// expect: wrong_answer
// mistake: splits words into characters without the end-of-word marker, so word-final pieces cannot be told apart
// caught-by: random 1
export function bpe(words: string[], counts: number[], numMerges: number, word: string): { merges: string[][]; tokens: string[] } {
  if (words.length !== counts.length || counts.some((c) => !Number.isInteger(c) || c < 0)) throw new Error('bad counts');
  if (!Number.isInteger(numMerges) || numMerges < 0) throw new Error('bad numMerges');
  if ([...words, word].some((w) => w === '' || /\s/.test(w))) throw new Error('bad word');

  const split = (w: string) => [...w];
  const merge = (s: string[], a: string, b: string) => {
    const out: string[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === a && s[i + 1] === b) { out.push(a + b); i++; } // left to right, no overlaps
      else out.push(s[i]);
    }
    return out;
  };
  let corpus = words.map(split);
  const merges: string[][] = [];
  while (merges.length < numMerges) {
    const freq = new Map<string, number>();
    const pairOf = new Map<string, [string, string]>();
    corpus.forEach((s, w) => {
      for (let i = 0; i + 1 < s.length; i++) {
        const key = JSON.stringify([s[i], s[i + 1]]);
        freq.set(key, (freq.get(key) ?? 0) + counts[w]);
        pairOf.set(key, [s[i], s[i + 1]]);
      }
    });
    let best: [string, string] | null = null, bestN = 0;
    for (const [key, n] of freq) {
      const p = pairOf.get(key)!;
      if (n > bestN || (n === bestN && n > 0 && best && (p[0] < best[0] || (p[0] === best[0] && p[1] < best[1])))) { best = p; bestN = n; }
    }
    if (!best) break;
    merges.push(best);
    corpus = corpus.map((s) => merge(s, best![0], best![1]));
  }
  let tokens = split(word);
  for (const [a, b] of merges) tokens = merge(tokens, a, b);
  return { merges, tokens };
}
