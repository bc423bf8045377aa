// Reference: plain float64; neighbour tables by a stable sort of direct Euclidean distances.
/** Indices of the k nearest other minority points of point i, nearest first, ties to the lower index. */
export function nearest(minority: number[][], i: number, k: number): number[] {
  const x = minority[i]!;
  return minority
    .map((z, j) => ({ j, d: z.reduce((s, v, t) => s + (v - x[t]!) ** 2, 0) }))
    .filter((q) => q.j !== i)
    .sort((a, b) => a.d - b.d || a.j - b.j)
    .slice(0, k)
    .map((q) => q.j);
}

export function smote(minority: number[][], k: number, requests: number[][]): number[][] {
  const n = minority.length;
  if (n === 0) throw new Error('no minority samples');
  const d = minority[0]!.length;
  if (d === 0 || minority.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('minority rows must be finite vectors of the same length >= 1');
  if (!Number.isInteger(k) || k < 1 || k >= n) throw new Error('k must be an integer in [1, n - 1]');
  return requests.map((req) => {
    if (req.length !== 3) throw new Error('a request is [i, r, gap]');
    const [i, r, g] = req as [number, number, number];
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('request index out of range');
    if (!Number.isInteger(r) || r < 1 || r > k) throw new Error('neighbour rank must be in 1..k');
    if (!(g >= 0 && g < 1)) throw new Error('gap must lie in [0, 1)');
    const nb = minority[nearest(minority, i, k)[r - 1]!]!;
    return minority[i]!.map((v, t) => v + g * (nb[t]! - v));
  });
}
