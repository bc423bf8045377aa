// expect: wrong_answer
// mistake: rounds the set sizes to the nearest integer instead of flooring them
// caught-by: sizes that round up
export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  if (!Number.isInteger(n) || n < 0 || perm.length !== n || !(trainFrac >= 0 && valFrac >= 0) || trainFrac + valFrac > 1 + 1e-12) throw new Error('bad input');
  if (new Set(perm).size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n)) throw new Error('not a permutation');
  const a = Math.round(trainFrac * n), b = Math.min(n, a + Math.round(valFrac * n));
  return [perm.slice(0, a), perm.slice(a, b), perm.slice(b)];
}
