// expect: wrong_answer
// mistake: uses the interior-mode formula (a′ − 1)/(a′ + b′ − 2) everywhere, which is negative or above 1 when a′ or b′ is below 1
// caught-by: small prior, no successes
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
  map = (A - 1) / (A + B - 2);
  return { aPost: A, bPost: B, mle: n === 0 ? NaN : k / n, map, mean: A / (A + B), variance: (A * B) / ((A + B) ** 2 * (A + B + 1)) };
}
