export function ndcgAtK(scores: number[][], relevance: number[][], k: number, gain: 'linear' | 'exponential'): { perQuery: number[]; mean: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  if (gain !== 'linear' && gain !== 'exponential') throw new Error('unknown gain');
  if (scores.length === 0 || scores.length !== relevance.length) throw new Error('bad number of queries');
  const g = (r: number) => (gain === 'linear' ? r : Math.pow(2, r) - 1);
  const dcgOf = (rels: number[]) => {
    let total = 0;
    for (let i = 0; i < rels.length && i < k; i++) total += g(rels[i]!) / Math.log2(i + 2);
    return total;
  };
  const perQuery: number[] = [];
  for (let q = 0; q < scores.length; q++) {
    const s = scores[q]!, rel = relevance[q]!;
    if (s.length === 0 || s.length !== rel.length) throw new Error('bad query length');
    for (const r of rel) if (!(r >= 0) || !Number.isFinite(r)) throw new Error('bad relevance');
    const idx = s.map((_, i) => i);
    idx.sort((a, b) => (s[b]! - s[a]!) || (a - b));
    const idcg = dcgOf(rel.slice().sort((a, b) => b - a));
    perQuery.push(idcg === 0 ? 0 : dcgOf(idx.map((i) => rel[i]!)) / idcg);
  }
  let sum = 0;
  for (const v of perQuery) sum += v;
  return { perQuery, mean: sum / perQuery.length };
}
