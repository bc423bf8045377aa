/** Flip (optional) → zero-pad → crop size×size at (top, left) → per-channel (x − μ)/σ, on a C×H×W image. */
export function augment(img: number[][][], flip: boolean, pad: number, top: number, left: number, size: number, mean: number[], std: number[]): number[][][] {
  const C = img.length;
  const H = C > 0 ? img[0]!.length : 0;
  const W = H > 0 ? img[0]![0]!.length : 0;
  if (C === 0 || H === 0 || W === 0 || img.some((ch) => ch.length !== H || ch.some((row) => row.length !== W || !row.every(Number.isFinite)))) throw new Error('img must be a non-empty finite C×H×W array');
  if (!Number.isInteger(pad) || pad < 0) throw new Error('pad must be a non-negative integer');
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(top) || !Number.isInteger(left) || top < 0 || left < 0 || top + size > H + 2 * pad || left + size > W + 2 * pad) throw new Error('the crop must lie inside the padded image');
  if (mean.length !== C || std.length !== C || !mean.every(Number.isFinite) || !std.every((s) => s > 0 && Number.isFinite(s))) throw new Error('mean and std need one finite value per channel, std > 0');
  const padded = (c: number, i: number, j: number): number => {
    const r = i - pad;
    const k = j - pad;
    if (r < 0 || r >= H || k < 0 || k >= W) return 0;
    return img[c]![r]![flip ? W - 1 - k : k]!;
  };
  return Array.from({ length: C }, (_, c) =>
    Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (padded(c, top + i, left + j) - mean[c]!) / std[c]!)),
  );
}
