// Reference: plain float64 TypeScript; least squares by Householder QR (never forms XᵀX).
import { backSubstitute, householderQR } from '../../grader/reference-kit/linalg.ts';

export function olsInference(X: number[][], y: number[], tCrit: number): number[][] {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y need the same, non-zero number of rows');
  const p = X[0]!.length;
  if (X.some((row) => row.length !== p || row.some((v) => !Number.isFinite(v))) || y.some((v) => !Number.isFinite(v))) throw new Error('X and y must be finite, with rows of equal length');
  if (!(tCrit > 0) || !Number.isFinite(tCrit)) throw new Error('tCrit must be a finite number > 0');
  const k = p + 1;
  const df = n - k;
  if (df < 1) throw new Error('need more observations than coefficients (n > p + 1)');
  const A = X.map((row) => [1, ...row]);
  const { Q, R } = householderQR(A);
  const scale = Math.max(...R.map((row, i) => Math.abs(row[i]!)));
  if (R.some((row, i) => !(Math.abs(row[i]!) > 1e-10 * scale))) throw new Error('the design matrix (with the intercept column) is rank-deficient');
  const qty = Array.from({ length: k }, (_, j) => Q.reduce((s, row, i) => s + row[j]! * y[i]!, 0));
  const beta = backSubstitute(R, qty);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const fit = A[i]!.reduce((s, v, j) => s + v * beta[j]!, 0);
    rss += (y[i]! - fit) ** 2;
  }
  const sigma2 = rss / df;
  // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ, so its diagonal holds the squared row norms of R⁻¹
  const rInv = Array.from({ length: k }, (_, j) => backSubstitute(R, Array.from({ length: k }, (_, i) => (i === j ? 1 : 0)))); // columns of R⁻¹
  const se = beta.map((_, j) => Math.sqrt(sigma2 * rInv.reduce((s, col) => s + col[j]! * col[j]!, 0)));
  const t = beta.map((b, j) => b / se[j]!);
  return [beta, se, t, beta.map((b, j) => b - tCrit * se[j]!), beta.map((b, j) => b + tCrit * se[j]!)];
}
