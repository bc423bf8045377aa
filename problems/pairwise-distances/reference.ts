// Reference: plain float64 with direct differences (no ‖a‖²+‖b‖²−2a·b expansion, which cancels at large magnitudes).
type Metric = 'euclidean' | 'manhattan' | 'cosine';

export function pairwiseDistances(A: number[][], B: number[][], metric: Metric): number[][] {
  if (metric !== 'euclidean' && metric !== 'manhattan' && metric !== 'cosine') throw new Error(`unknown metric ${String(metric)}`);
  const rows = [...A, ...B];
  const d = rows[0]?.length ?? 0;
  if (rows.length > 0 && d === 0) throw new Error('vectors must have at least one coordinate');
  if (rows.some((r) => r.length !== d)) throw new Error('every vector must have the same length');
  if (rows.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('coordinates must be finite');
  const norm = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return A.map((a) => B.map((b) => {
    if (metric === 'euclidean') return Math.sqrt(a.reduce((s, x, j) => s + (x - b[j]!) ** 2, 0));
    if (metric === 'manhattan') return a.reduce((s, x, j) => s + Math.abs(x - b[j]!), 0);
    const na = norm(a), nb = norm(b);
    if (na === 0 || nb === 0) return 1;
    const cos = a.reduce((s, x, j) => s + x * b[j]!, 0) / (na * nb);
    return Math.min(2, Math.max(0, 1 - cos));
  }));
}
