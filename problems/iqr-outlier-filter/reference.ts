// Reference: plain float64 TypeScript (sorting and comparisons are discrete).

/** Linear-interpolation quantile of sorted values (numpy's default, pandas' quantile). */
function quantileSorted(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function iqrFilter(X: number[][], k: number): { kept: number[]; fences: number[][] } {
  if (X.length === 0) throw new Error('X must have at least one row');
  const p = X[0]!.length;
  if (p === 0 || X.some((row) => row.length !== p)) throw new Error('every row of X must have the same, non-zero length');
  if (!(k >= 0) || !Number.isFinite(k)) throw new Error('k must be a finite number >= 0');
  if (X.some((row) => row.some((v) => v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY))) throw new Error('values must be finite or NaN');
  const fences = Array.from({ length: p }, (_, j) => {
    const col = X.map((row) => row[j]!).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    if (col.length === 0) return [Number.NaN, Number.NaN];
    const q1 = quantileSorted(col, 0.25);
    const q3 = quantileSorted(col, 0.75);
    const iqr = q3 - q1;
    return [q1 - k * iqr, q3 + k * iqr];
  });
  // NaN compares false with everything, so a missing value is never an outlier
  const kept = X.flatMap((row, i) => (row.some((v, j) => v < fences[j]![0]! || v > fences[j]![1]!) ? [] : [i]));
  return { kept, fences };
}
