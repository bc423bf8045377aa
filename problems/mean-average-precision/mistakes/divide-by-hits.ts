// expect: wrong_answer
// mistake: averages the precisions over the hits found in the top k instead of dividing by all R relevant items, so missing relevant items cost nothing
// caught-by: relevant items beyond k
export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  if (relevance.length === 0 || relevance.length !== totalRelevant.length) throw new Error('bad queries');
  const ap = relevance.map((rel, q) => {
    if (rel.some((r) => r !== 0 && r !== 1)) throw new Error('binary');
    if (rel.reduce((a, b) => a + b, 0) > totalRelevant[q]!) throw new Error('too many hits');
    let hits = 0, acc = 0;
    for (let i = 0; i < Math.min(k, rel.length); i++) if (rel[i] === 1) { hits++; acc += hits / (i + 1); }
    return hits === 0 ? 0 : acc / hits;
  });
  return { ap, map: ap.reduce((a, b) => a + b, 0) / ap.length };
}
