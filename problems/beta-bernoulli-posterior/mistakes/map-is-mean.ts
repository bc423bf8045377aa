// expect: wrong_answer
// mistake: reports the posterior mean a′/(a′ + b′) as the MAP estimate; the mode and the mean differ for a skewed Beta
// caught-by: ten flips, uniform prior
export function betaBernoulli(x: number[], a: number, b: number): { aPost: number; bPost: number; mle: number; map: number; mean: number; variance: number } {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) throw new Error('prior parameters must be positive');
  let k = 0;
  for (const v of x) {
    if (v !== 0 && v !== 1) throw new Error('outcomes must be 0/1');
    k += v;
  }
  const n = x.length;
  const A = a + k, B = b + (n - k);
  let map: number;
  map = A / (A + B);
  return { aPost: A, bPost: B, mle: n === 0 ? NaN : k / n, map, mean: A / (A + B), variance: (A * B) / ((A + B) ** 2 * (A + B + 1)) };
}
