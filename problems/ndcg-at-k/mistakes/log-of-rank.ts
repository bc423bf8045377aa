// expect: wrong_answer
// mistake: discounts position i (1-based) by log2(i + 2), an off-by-one that shifts every discount one place
// caught-by: graded relevance, exponential gain
export function ndcgAtK(scores: number[][], relevance: number[][], k: number, gain: 'linear' | 'exponential'): { perQuery: number[]; mean: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  if (scores.length === 0 || scores.length !== relevance.length) throw new Error('bad queries');
  const g = (r: number) => (gain === 'linear' ? r : 2 ** r - 1);
  const dcg = (rels: number[]) => rels.slice(0, k).reduce((acc, r, i) => acc + g(r) / Math.log2(i + 1 + 2), 0);
  const perQuery = scores.map((s, q) => {
    const rel = relevance[q]!;
    if (s.length === 0 || s.length !== rel.length) throw new Error('bad query');
    if (rel.some((r) => r < 0)) throw new Error('bad relevance');
    const ranked = s.map((_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b).map((i) => rel[i]!);
    const ideal = dcg(rel.slice().sort((a, b) => b - a));
    return ideal === 0 ? 0 : dcg(ranked) / ideal;
  });
  return { perQuery, mean: perQuery.reduce((a, b) => a + b, 0) / perQuery.length };
}
