// expect: wrong_answer
// mistake: sizes the test set as floor((1 − trainFrac − valFrac)·n) and gives the leftover samples to validation instead of to the test set
// caught-by: the remainder goes to the test set
export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  if (!Number.isInteger(n) || n < 0 || perm.length !== n || !(trainFrac >= 0 && valFrac >= 0) || trainFrac + valFrac > 1 + 1e-12) throw new Error('bad input');
  if (new Set(perm).size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n)) throw new Error('not a permutation');
  const a = Math.floor(trainFrac * n + 1e-9);
  const nTest = Math.floor((1 - trainFrac - valFrac) * n + 1e-9);
  return [perm.slice(0, a), perm.slice(a, n - nTest), perm.slice(n - nTest)];
}
