/** Row scaled to unit length, dividing by max(‖x‖, 1e-12) so a zero row stays zero. */
function normalize(x: number[]): number[] {
  const n = Math.max(Math.sqrt(x.reduce((s, v) => s + v * v, 0)), 1e-12);
  return x.map((v) => v / n);
}

/** Plain float64 InfoNCE between two views: positives on the diagonal, the other view's rows as negatives. */
export function infoNce(A: number[][], B: number[][], tau: number): number {
  const N = A.length;
  if (N === 0 || B.length !== N) throw new Error('A and B must have the same, positive number of rows');
  const d = A[0]!.length;
  if (d === 0 || [...A, ...B].some((r) => r.length !== d)) throw new Error('all rows must have the same length d ≥ 1');
  if (!(tau > 0) || !Number.isFinite(tau)) throw new Error('tau must be a finite number > 0');
  const a = A.map(normalize);
  const b = B.map(normalize);
  let total = 0;
  for (let i = 0; i < N; i++) {
    const logits = b.map((bj) => bj.reduce((s, v, k) => s + v * a[i]![k]!, 0) / tau);
    const m = Math.max(...logits);
    const lse = m + Math.log(logits.reduce((s, l) => s + Math.exp(l - m), 0));
    total += lse - logits[i]!;
  }
  return total / N;
}
