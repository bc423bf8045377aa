export function dirichletCategorical(obs: number[], alpha: number[]): { alphaPost: number[]; mean: number[]; map: number[] } {
  const K = alpha.length;
  if (K < 2) throw new Error('need two or more categories');
  for (const a of alpha) if (!Number.isFinite(a) || a <= 0) throw new Error('bad concentration');
  const counts = new Array<number>(K).fill(0);
  for (const o of obs) {
    if (!Number.isInteger(o) || o < 0 || o >= K) throw new Error('bad observation');
    counts[o]!++;
  }
  const post = alpha.map((a, k) => a + counts[k]!);
  const sum = post.reduce((s, v) => s + v, 0);
  const mean = post.map((v) => v / sum);
  const ok = post.every((v) => v >= 1) && post.some((v) => v > 1);
  const map = post.map((v) => (ok ? (v - 1) / (sum - K) : NaN));
  return { alphaPost: post, mean, map };
}
