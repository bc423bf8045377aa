// Reference: plain float64 TypeScript (a sort with a stable tie rule is a discrete decision).

type Gain = 'linear' | 'exponential';

function gainOf(rel: number, gain: Gain): number {
  return gain === 'linear' ? rel : 2 ** rel - 1;
}

/** Σ_{i<k} g(rel_i) / log2(i + 2) over relevances already in ranked order. */
function dcg(ranked: readonly number[], k: number, gain: Gain): number {
  let s = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) s += gainOf(ranked[i]!, gain) / Math.log2(i + 2);
  return s;
}

export function ndcgAtK(scores: number[][], relevance: number[][], k: number, gain: 'linear' | 'exponential'): { perQuery: number[]; mean: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  if (gain !== 'linear' && gain !== 'exponential') throw new Error('gain must be "linear" or "exponential"');
  if (scores.length === 0 || scores.length !== relevance.length) throw new Error('scores and relevance need the same, non-zero number of queries');
  const perQuery = scores.map((s, q) => {
    const rel = relevance[q]!;
    if (s.length === 0 || s.length !== rel.length) throw new Error(`query ${q}: scores and relevance need the same, non-zero length`);
    if (rel.some((r) => !(r >= 0) || !Number.isFinite(r))) throw new Error(`query ${q}: relevance must be finite and non-negative`);
    // descending score, ties keep input order (Array.prototype.sort is stable)
    const order = s.map((_, i) => i).sort((a, b) => s[b]! - s[a]!);
    const ideal = dcg([...rel].sort((a, b) => b - a), k, gain);
    return ideal === 0 ? 0 : dcg(order.map((i) => rel[i]!), k, gain) / ideal;
  });
  return { perQuery, mean: perQuery.reduce((a, b) => a + b, 0) / perQuery.length };
}
