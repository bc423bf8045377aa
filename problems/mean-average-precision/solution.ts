export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  const Q = relevance.length;
  if (Q === 0 || totalRelevant.length !== Q) throw new Error('bad number of queries');
  const ap: number[] = [];
  for (let q = 0; q < Q; q++) {
    const rel = relevance[q]!, R = totalRelevant[q]!;
    if (!Number.isInteger(R) || R < 0) throw new Error('bad totalRelevant');
    let inList = 0;
    for (const r of rel) {
      if (r !== 0 && r !== 1) throw new Error('relevance must be binary');
      inList += r;
    }
    if (inList > R) throw new Error('more hits than relevant items');
    let hits = 0, acc = 0;
    const cut = Math.min(k, rel.length);
    for (let i = 1; i <= cut; i++) {
      if (rel[i - 1] === 1) {
        hits += 1;
        acc += hits / i;
      }
    }
    ap.push(R === 0 ? 0 : acc / R);
  }
  return { ap, map: ap.reduce((s, v) => s + v, 0) / Q };
}
