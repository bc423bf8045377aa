// Reference: plain float64 TypeScript, two-pass sums of squares per class.
export function selectKBestF(X: number[][], y: number[], k: number): { scores: number[]; selected: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X must have at least one row');
  const p = X[0]!.length;
  if (p === 0 || X.some((row) => row.length !== p)) throw new Error('every row of X must have the same, non-zero length');
  if (X.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('values must be finite');
  if (y.length !== n) throw new Error('y must have one label per row');
  if (!Number.isInteger(k) || k < 0 || k > p) throw new Error(`k must be an integer in [0, ${p}]`);
  const groups = new Map<number, number[]>();
  y.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  const K = groups.size;
  if (K < 2) throw new Error('the F test needs at least two classes');
  if (n <= K) throw new Error('the F test needs more rows than classes');
  const scores = Array.from({ length: p }, (_, j) => {
    const mean = X.reduce((s, row) => s + row[j]!, 0) / n;
    let ssb = 0;
    let ssw = 0;
    for (const rows of groups.values()) {
      const m = rows.reduce((s, i) => s + X[i]![j]!, 0) / rows.length;
      ssb += rows.length * (m - mean) ** 2;
      for (const i of rows) ssw += (X[i]![j]! - m) ** 2;
    }
    return ssb / (K - 1) / (ssw / (n - K));
  });
  // scikit-learn: NaN ranks lowest (F itself is >= 0), a stable ascending sort, then the last k,
  // so ties go to the higher index
  const key = scores.map((s) => (Number.isNaN(s) ? -1 : s));
  const order = scores.map((_, j) => j).sort((a, b) => (key[a] === key[b] ? a - b : key[a]! < key[b]! ? -1 : 1));
  const selected = order.slice(p - k).sort((a, b) => a - b);
  return { scores, selected };
}
