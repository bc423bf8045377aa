// Reference: plain float64 nan-Euclidean distances on the original (never imputed) values.
export function nanEuclidean(a: number[], b: number[]): number {
  let s = 0, common = 0;
  a.forEach((v, t) => { if (!Number.isNaN(v) && !Number.isNaN(b[t]!)) { s += (v - b[t]!) ** 2; common++; } });
  return common === 0 ? Number.NaN : Math.sqrt((a.length / common) * s);
}

/** Donors of entry (i, j), nearest first (ties: lower index), with their distances. */
export function donors(X: number[][], i: number, j: number): Array<{ l: number; d: number }> {
  return X.flatMap((row, l) => {
    if (l === i || Number.isNaN(row[j]!)) return [];
    const d = nanEuclidean(X[i]!, row);
    return Number.isNaN(d) ? [] : [{ l, d }];
  }).sort((a, b) => a.d - b.d || a.l - b.l);
}

export function knnImpute(X: number[][], k: number): number[][] {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p)) throw new Error('rows must have the same length >= 1');
  if (X.some((r) => r.some((v) => !Number.isNaN(v) && !Number.isFinite(v)))) throw new Error('values must be finite or NaN');
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  const colMean = Array.from({ length: p }, (_, j) => {
    const obs = X.map((r) => r[j]!).filter((v) => !Number.isNaN(v));
    return obs.length ? obs.reduce((s, v) => s + v, 0) / obs.length : Number.NaN;
  });
  return X.map((row, i) => row.map((v, j) => {
    if (!Number.isNaN(v)) return v;
    const ds = donors(X, i, j).slice(0, k);
    return ds.length ? ds.reduce((s, q) => s + X[q.l]![j]!, 0) / ds.length : colMean[j]!;
  }));
}
