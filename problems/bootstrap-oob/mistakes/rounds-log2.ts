// expect: wrong_answer
// mistake: rounds log2(p) to the nearest integer instead of flooring it
// caught-by: log2 of 6 features rounds down
export function bootstrapOob(
  n: number, draws: number[][], p: number, maxFeatures: 'sqrt' | 'log2' | 'all' | number,
): { inBagCounts: number[][]; oobMask: boolean[][]; oobTrees: number[]; maxFeaturesCount: number } {
  if (!Number.isInteger(n) || n < 1) throw new Error('bad n');
  if (!Number.isInteger(p) || p < 1) throw new Error('bad p');
  let k: number;
  if (maxFeatures === 'sqrt') k = Math.floor(Math.sqrt(p));
  else if (maxFeatures === 'log2') k = Math.round(Math.log2(p));
  else if (maxFeatures === 'all') k = p;
  else if (typeof maxFeatures === 'number' && maxFeatures > 0 && maxFeatures <= 1) k = Math.floor(maxFeatures * p);
  else throw new Error('bad maxFeatures');
  const inBagCounts: number[][] = [];
  for (const d of draws) {
    const counts = new Array<number>(n).fill(0);
    for (const i of d) {
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('index out of range');
      counts[i] = counts[i]! + 1;
    }
    inBagCounts.push(counts);
  }
  const oobMask = inBagCounts.map((c) => c.map((v) => v === 0));
  const oobTrees = new Array<number>(n).fill(0);
  for (const mask of oobMask) mask.forEach((out, i) => { if (out) oobTrees[i] = oobTrees[i]! + 1; });
  return { inBagCounts, oobMask, oobTrees, maxFeaturesCount: Math.max(1, k) };
}
