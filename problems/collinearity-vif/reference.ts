// Reference: plain float64 TypeScript. Each auxiliary regression is a projection onto the span of the other
// (centred) columns, built by modified Gram–Schmidt that skips columns already in the span, so it is well
// defined even when the other columns are collinear among themselves.

function centred(X: number[][], j: number): number[] {
  const col = X.map((row) => row[j]!);
  const mean = col.reduce((a, b) => a + b, 0) / col.length;
  return col.map((v) => v - mean);
}

const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i]!, 0);

export function vif(X: number[][]): number[] {
  const n = X.length;
  if (n < 2) throw new Error('X needs at least two rows');
  const d = X[0]!.length;
  if (d === 0 || X.some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('X must be a finite matrix with at least one column');
  const cols = Array.from({ length: d }, (_, j) => centred(X, j));
  return cols.map((target, j) => {
    const tss = dot(target, target);
    if (tss === 0) return Number.NaN; // a constant column: R² is undefined
    const basis: number[][] = [];
    for (let k = 0; k < d; k++) {
      if (k === j) continue;
      const v = cols[k]!.slice();
      const norm0 = Math.sqrt(dot(v, v));
      for (const q of basis) {
        const c = dot(q, v);
        for (let i = 0; i < n; i++) v[i]! -= c * q[i]!;
      }
      const norm = Math.sqrt(dot(v, v));
      if (norm > 1e-10 * norm0 && norm > 0) basis.push(v.map((x) => x / norm));
    }
    const r = target.slice();
    for (const q of basis) {
      const c = dot(q, r);
      for (let i = 0; i < n; i++) r[i]! -= c * q[i]!;
    }
    const rss = dot(r, r);
    const r2 = 1 - rss / tss;
    return r2 >= 1 - 1e-12 ? Number.POSITIVE_INFINITY : 1 / (1 - r2);
  });
}
