// Reference: plain TS counting; the max_features rules follow scikit-learn's _get_n_features (floor, at least 1).
type Result = { inBagCounts: number[][]; oobMask: boolean[][]; oobTrees: number[]; maxFeaturesCount: number };

export function bootstrapOob(n: number, draws: number[][], p: number, maxFeatures: 'sqrt' | 'log2' | 'all' | number): Result {
  if (!Number.isInteger(n) || n < 1) throw new Error('n must be a positive integer');
  if (!Number.isInteger(p) || p < 1) throw new Error('p must be a positive integer');
  for (const d of draws) for (const i of d) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('a drawn index is outside [0, n)');
  let count: number;
  if (maxFeatures === 'sqrt') count = Math.floor(Math.sqrt(p));
  else if (maxFeatures === 'log2') count = Math.floor(Math.log2(p));
  else if (maxFeatures === 'all') count = p;
  else if (typeof maxFeatures === 'number' && maxFeatures > 0 && maxFeatures <= 1) count = Math.floor(maxFeatures * p);
  else throw new Error('maxFeatures must be sqrt, log2, all or a fraction in (0, 1]');
  const inBagCounts = draws.map((d) => {
    const c = new Array<number>(n).fill(0);
    for (const i of d) c[i]!++;
    return c;
  });
  const oobMask = inBagCounts.map((c) => c.map((v) => v === 0));
  const oobTrees = Array.from({ length: n }, (_, i) => oobMask.filter((m) => m[i]).length);
  return { inBagCounts, oobMask, oobTrees, maxFeaturesCount: Math.max(1, count) };
}
