// Reference: plain float64 two-pass sums around the cluster and global means.
export function calinskiHarabasz(X: number[][], labels: number[]): number {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('rows of X must have the same length >= 1');
  if (labels.length !== n) throw new Error('one label per row');
  if (labels.some((l) => !Number.isInteger(l))) throw new Error('labels must be integers');
  const ids = [...new Set(labels)];
  const k = ids.length;
  if (k < 2 || k > n - 1) throw new Error('the number of clusters must be between 2 and n - 1');
  const mean = (rows: number[][]): number[] => Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const c = mean(X);
  let B = 0, W = 0;
  for (const id of ids) {
    const rows = X.filter((_, i) => labels[i] === id);
    const ck = mean(rows);
    B += rows.length * ck.reduce((s, v, j) => s + (v - c[j]!) ** 2, 0);
    for (const r of rows) W += r.reduce((s, v, j) => s + (v - ck[j]!) ** 2, 0);
  }
  return W === 0 ? 1 : (B / (k - 1)) / (W / (n - k));
}
