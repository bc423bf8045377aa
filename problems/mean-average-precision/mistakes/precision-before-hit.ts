// expect: wrong_answer
// mistake: counts the hits before position i when computing precision@i, leaving out the relevant item at i itself
// caught-by: first item relevant
export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  if (relevance.length === 0 || relevance.length !== totalRelevant.length) throw new Error('bad queries');
  const ap = relevance.map((rel, q) => {
    const R = totalRelevant[q]!;
    if (rel.some((r) => r !== 0 && r !== 1)) throw new Error('binary');
    if (rel.reduce((a, b) => a + b, 0) > R) throw new Error('too many hits');
    if (R === 0) return 0;
    let hits = 0, acc = 0;
    for (let i = 0; i < Math.min(k, rel.length); i++) if (rel[i] === 1) { acc += hits / (i + 1); hits++; }
    return acc / R;
  });
  return { ap, map: ap.reduce((a, b) => a + b, 0) / ap.length };
}
