// Reference: plain float64 TypeScript (binning is a discrete decision).
function proportions(x: number[], edges: number[]): number[] {
  const B = edges.length - 1;
  const counts = new Array<number>(B).fill(0);
  for (const v of x) {
    // largest b with edges[b] <= v, capped at B-1 (last bin is closed on the right)
    let lo = 0, hi = B - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid]! <= v) lo = mid; else hi = mid - 1;
    }
    counts[lo]!++;
  }
  return counts.map((c) => c / x.length + 1e-10);
}

export function psi(expected: number[], actual: number[], buckets: number): { psi: number; level: number; expectedPct: number[]; actualPct: number[] } {
  if (expected.length === 0 || actual.length === 0) throw new Error('samples must be non-empty');
  if (!Number.isInteger(buckets) || buckets < 1) throw new Error('buckets must be a positive integer');
  let lo = Infinity, hi = -Infinity;
  for (const v of expected) { if (v < lo) lo = v; if (v > hi) hi = v; }
  for (const v of actual) { if (v < lo) lo = v; if (v > hi) hi = v; }
  if (lo === hi) {
    const p = Array.from({ length: buckets }, (_, b) => (b === 0 ? 1 : 0) + 1e-10);
    return { psi: 0, level: 0, expectedPct: p, actualPct: p.slice() };
  }
  const step = (hi - lo) / buckets;
  const edges = Array.from({ length: buckets + 1 }, (_, i) => (i === buckets ? hi : i * step + lo));
  const E = proportions(expected, edges);
  const A = proportions(actual, edges);
  let s = 0;
  for (let b = 0; b < buckets; b++) s += (A[b]! - E[b]!) * Math.log(A[b]! / E[b]!);
  return { psi: s, level: s < 0.1 ? 0 : s < 0.25 ? 1 : 2, expectedPct: E, actualPct: A };
}
