// Reference: plain float64 TypeScript.

export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  if (relevance.length === 0 || relevance.length !== totalRelevant.length) throw new Error('relevance and totalRelevant need the same, non-zero number of queries');
  const ap = relevance.map((list, q) => {
    const total = totalRelevant[q]!;
    if (!Number.isInteger(total) || total < 0) throw new Error(`query ${q}: totalRelevant must be a non-negative integer`);
    if (list.some((r) => r !== 0 && r !== 1)) throw new Error(`query ${q}: relevance must be 0 or 1`);
    const hitsInList = list.reduce((a, b) => a + b, 0);
    if (hitsInList > total) throw new Error(`query ${q}: the list holds ${hitsInList} relevant items but totalRelevant is ${total}`);
    if (total === 0) return 0;
    let hits = 0, sum = 0;
    for (let i = 0; i < Math.min(k, list.length); i++) {
      if (list[i] === 1) {
        hits++;
        sum += hits / (i + 1);
      }
    }
    return sum / total;
  });
  return { ap, map: ap.reduce((a, b) => a + b, 0) / ap.length };
}
