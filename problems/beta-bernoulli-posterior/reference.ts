// Reference: plain float64 TypeScript.

export function betaBernoulli(x: number[], a: number, b: number): { aPost: number; bPost: number; mle: number; map: number; mean: number; variance: number } {
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) throw new Error('a and b must be finite and > 0');
  if (x.some((v) => v !== 0 && v !== 1)) throw new Error('observations must be 0 or 1');
  const n = x.length;
  const k = x.reduce((s, v) => s + v, 0);
  const aPost = a + k, bPost = b + n - k;
  let map: number;
  if (aPost > 1 && bPost > 1) map = (aPost - 1) / (aPost + bPost - 2);
  else if (aPost <= 1 && bPost > 1) map = 0;
  else if (bPost <= 1 && aPost > 1) map = 1;
  else map = Number.NaN; // both ≤ 1: no unique mode
  const s = aPost + bPost;
  return { aPost, bPost, mle: n > 0 ? k / n : Number.NaN, map, mean: aPost / s, variance: (aPost * bPost) / (s * s * (s + 1)) };
}
