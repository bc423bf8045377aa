// Reference: plain float64 TypeScript.

export function dirichletCategorical(obs: number[], alpha: number[]): { alphaPost: number[]; mean: number[]; map: number[] } {
  const K = alpha.length;
  if (K < 2) throw new Error('alpha needs at least two categories');
  if (alpha.some((a) => !(a > 0) || !Number.isFinite(a))) throw new Error('alpha entries must be finite and > 0');
  if (obs.some((o) => !Number.isInteger(o) || o < 0 || o >= K)) throw new Error('observations must be category indices in [0, K)');
  const alphaPost = alpha.slice();
  for (const o of obs) alphaPost[o]! += 1;
  const total = alphaPost.reduce((a, b) => a + b, 0);
  const mean = alphaPost.map((a) => a / total);
  const interior = alphaPost.every((a) => a >= 1) && alphaPost.some((a) => a > 1);
  const map = alphaPost.map((a) => (interior ? (a - 1) / (total - K) : Number.NaN));
  return { alphaPost, mean, map };
}
