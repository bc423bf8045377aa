// Reference: plain TypeScript.

export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be a non-negative integer');
  if (!(trainFrac >= 0 && valFrac >= 0) || trainFrac + valFrac > 1 + 1e-12) throw new Error('fractions must be non-negative and sum to at most 1');
  if (perm.length !== n) throw new Error('perm must have n entries');
  const seen = new Array<boolean>(n).fill(false);
  for (const v of perm) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) throw new Error('perm must be a permutation of 0..n−1');
    seen[v] = true;
  }
  const nTrain = Math.floor(trainFrac * n + 1e-9);
  const nVal = Math.floor(valFrac * n + 1e-9);
  return [perm.slice(0, nTrain), perm.slice(nTrain, nTrain + nVal), perm.slice(nTrain + nVal)];
}
