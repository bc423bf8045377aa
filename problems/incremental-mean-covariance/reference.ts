// Reference: two passes over all rows (the batch merge must reproduce exactly this, up to rounding).
type Result = { n: number; mean: number[]; covariance: number[][] };

export function streamingCovariance(batches: number[][][]): Result {
  const rows = batches.flat();
  const n = rows.length;
  if (n < 2) throw new Error('the sample covariance needs at least two rows in total');
  const d = rows[0]!.length;
  if (d === 0 || rows.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const covariance = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) =>
    rows.reduce((s, r) => s + (r[a]! - mean[a]!) * (r[b]! - mean[b]!), 0) / (n - 1)));
  return { n, mean, covariance };
}
