export function iqrFilter(X: number[][], k: number): { kept: number[]; fences: number[][] } {
  // TODO: per column, interpolated Q1 and Q3 of the non-NaN values, fences Q1 - k IQR and Q3 + k IQR
  return { kept: X.map((_, i) => i), fences: (X[0] ?? []).map(() => [-Infinity, Infinity]) };
}
