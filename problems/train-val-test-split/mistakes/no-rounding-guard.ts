// expect: wrong_answer
// mistake: floors trainFrac·n without the 1e-9 guard, so 0.29 · 100 = 28.999999999999996 gives 28 training samples instead of 29
// caught-by: a product just below an integer
export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  if (!Number.isInteger(n) || n < 0 || perm.length !== n || !(trainFrac >= 0 && valFrac >= 0) || trainFrac + valFrac > 1 + 1e-12) throw new Error('bad input');
  if (new Set(perm).size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n)) throw new Error('not a permutation');
  const a = Math.floor(trainFrac * n), b = a + Math.floor(valFrac * n);
  return [perm.slice(0, a), perm.slice(a, b), perm.slice(b)];
}
