// Reference: plain float64 TypeScript with the reference kit's log-gamma (~1e-15 relative).
import { logGamma } from '../../grader/reference-kit/stats.ts';

export function poissonGammaLogPdf(k: number[], lambda: number, x: number[], alpha: number, beta: number): { poissonLogPmf: number[]; gammaLogPdf: number[] } {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('lambda must be finite and ≥ 0');
  if (!(alpha > 0 && beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) throw new Error('alpha and beta must be finite and > 0');
  if (k.some((v) => !Number.isInteger(v) || v < 0)) throw new Error('k must hold non-negative integers');
  if (x.some((v) => Number.isNaN(v))) throw new Error('x must not contain NaN');
  const poissonLogPmf = k.map((ki) => {
    if (lambda === 0) return ki === 0 ? 0 : Number.NEGATIVE_INFINITY;
    return ki * Math.log(lambda) - lambda - logGamma(ki + 1);
  });
  const logNorm = alpha * Math.log(beta) - logGamma(alpha);
  const gammaLogPdf = x.map((xi) => {
    if (xi <= 0) return Number.NEGATIVE_INFINITY; // support (0, ∞)
    if (xi === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
    return logNorm + (alpha - 1) * Math.log(xi) - beta * xi;
  });
  return { poissonLogPmf, gammaLogPdf };
}
