// expect: wrong_answer
// mistake: divides by min(k, R) (a different convention some libraries use) instead of R, so a perfect top k looks perfect even when more relevant items exist
// caught-by: more relevant items than k
export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  if (relevance.length === 0 || relevance.length !== totalRelevant.length) throw new Error('bad queries');
  const ap = relevance.map((rel, q) => {
    const R = totalRelevant[q]!;
    if (rel.some((r) => r !== 0 && r !== 1)) throw new Error('binary');
    if (rel.reduce((a, b) => a + b, 0) > R) throw new Error('too many hits');
    if (R === 0) return 0;
    let hits = 0, acc = 0;
    for (let i = 0; i < Math.min(k, rel.length); i++) if (rel[i] === 1) { hits++; acc += hits / (i + 1); }
    return acc / Math.min(k, R);
  });
  return { ap, map: ap.reduce((a, b) => a + b, 0) / ap.length };
}
