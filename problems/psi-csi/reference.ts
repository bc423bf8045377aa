// Reference: plain float64 TypeScript (quantile edges and bin membership are discrete decisions).

/** numpy.percentile(sorted, 100·q) with linear interpolation, at h = (n − 1)·j / B for q = j / B. */
function quantileEdge(sorted: readonly number[], j: number, B: number): number {
  const h = ((sorted.length - 1) * j) / B;
  const lo = Math.floor(h);
  if (lo >= sorted.length - 1) return sorted[sorted.length - 1]!;
  return sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!);
}

/** Bin proportions: a value goes to the first bin whose upper edge is ≥ it; floored at 1e-4. */
function proportions(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let b = 0;
    while (b < edges.length && edges[b]! < v) b++;
    counts[b]!++;
  }
  return counts.map((c) => Math.max(c / values.length, 1e-4));
}

export function stabilityIndex(expected: number[][], actual: number[][], nBins: number): { psi: number[]; alert: number[] } {
  if (!Number.isInteger(nBins) || nBins < 2) throw new Error('nBins must be an integer ≥ 2');
  if (expected.length === 0 || actual.length === 0) throw new Error('both samples need at least one row');
  const d = expected[0]!.length;
  if (d === 0 || [...expected, ...actual].some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('samples must be finite matrices with the same number of columns');
  const psi = Array.from({ length: d }, (_, f) => {
    const base = expected.map((row) => row[f]!).sort((a, b) => a - b);
    const edges: number[] = [];
    for (let j = 1; j < nBins; j++) {
      const e = quantileEdge(base, j, nBins);
      if (edges.length === 0 || e !== edges[edges.length - 1]) edges.push(e);
    }
    const E = proportions(base, edges);
    const A = proportions(actual.map((row) => row[f]!), edges);
    return E.reduce((s, e, b) => s + (A[b]! - e) * Math.log(A[b]! / e), 0);
  });
  return { psi, alert: psi.map((v) => (v > 0.2 ? 2 : v > 0.1 ? 1 : 0)) };
}
