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
  if (A > 1 && B > 1) map = (A - 1) / (A + B - 2);
  else if (A > 1) map = 1;
  else if (B > 1) map = 0;
  else map = NaN;
  return { aPost: A, bPost: B, mle: n === 0 ? NaN : k / n, map, mean: A / (A + B), variance: (A * B) / ((A + B) ** 2 * (A + B + 1)) };
}
