export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  if (!Number.isInteger(n) || n < 0) throw new Error('bad n');
  if (!(trainFrac >= 0) || !(valFrac >= 0) || trainFrac + valFrac > 1 + 1e-12) throw new Error('bad fractions');
  if (perm.length !== n) throw new Error('perm has the wrong length');
  const used = new Set<number>();
  for (const p of perm) {
    if (!Number.isInteger(p) || p < 0 || p >= n || used.has(p)) throw new Error('not a permutation');
    used.add(p);
  }
  const eps = 1e-9;
  const a = Math.floor(trainFrac * n + eps);
  const b = a + Math.floor(valFrac * n + eps);
  return [perm.slice(0, a), perm.slice(a, b), perm.slice(b)];
}
