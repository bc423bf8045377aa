// Reference: plain float64 TypeScript. x is centred and scaled before the Vandermonde columns are built
// (BIC does not depend on it), and the residuals come from a modified Gram–Schmidt projection.

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * b[i]!, 0);

export function bicPolySelect(x: number[], y: number[], maxDegree: number): { bic: number[]; bestDegree: number } {
  const n = x.length;
  if (n === 0 || y.length !== n) throw new Error('x and y need the same, non-zero length');
  if ([...x, ...y].some((v) => !Number.isFinite(v))) throw new Error('x and y must be finite');
  if (!Number.isInteger(maxDegree) || maxDegree < 0) throw new Error('maxDegree must be a non-negative integer');
  const lo = Math.min(...x), hi = Math.max(...x);
  const mid = (lo + hi) / 2, half = hi > lo ? (hi - lo) / 2 : 1;
  const z = x.map((v) => (v - mid) / half);
  const basis: number[][] = [];
  let residual = y.slice();
  const bic: number[] = [];
  for (let d = 0; d <= maxDegree; d++) {
    // add the column z^d, orthogonalised against the columns already in the basis
    const col = z.map((v) => v ** d);
    const norm0 = Math.sqrt(dot(col, col));
    for (const q of basis) {
      const c = dot(q, col);
      for (let i = 0; i < n; i++) col[i]! -= c * q[i]!;
    }
    const norm = Math.sqrt(dot(col, col));
    if (norm > 1e-10 * norm0) {
      const q = col.map((v) => v / norm);
      basis.push(q);
      const c = dot(q, residual);
      residual = residual.map((r, i) => r - c * q[i]!);
    }
    const k = d + 2; // d + 1 coefficients and the noise variance
    if (n <= k) { bic.push(Number.POSITIVE_INFINITY); continue; }
    const sigma2 = dot(residual, residual) / n;
    const logLik = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1);
    bic.push(k * Math.log(n) - 2 * logLik);
  }
  let bestDegree = 0;
  for (let d = 1; d <= maxDegree; d++) if (bic[d]! < bic[bestDegree]!) bestDegree = d;
  return { bic, bestDegree };
}
