// Reference: plain float64 quantiles with linear interpolation (numpy's default 'linear' method).
type Result = { train: number[][]; test: number[][] };

export function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function robustScale(Xtrain: number[][], Xtest: number[][]): Result {
  if (Xtrain.length === 0) throw new Error('Xtrain is empty');
  const d = Xtrain[0]!.length;
  if (d === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  const stats = Array.from({ length: d }, (_, j) => {
    const s = Xtrain.map((r) => r[j]!).sort((a, b) => a - b);
    const iqr = quantile(s, 0.75) - quantile(s, 0.25);
    return { median: quantile(s, 0.5), scale: iqr === 0 ? 1 : iqr };
  });
  const apply = (X: number[][]): number[][] => X.map((r) => r.map((v, j) => (v - stats[j]!.median) / stats[j]!.scale));
  return { train: apply(Xtrain), test: apply(Xtest) };
}
