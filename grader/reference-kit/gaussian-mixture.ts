/** Float64 Gaussian-mixture pieces shared by the GMM references: log-densities through Cholesky, log-space E-step. */
import { cholesky, forwardSubstitute } from './linalg.ts';

/** log Σ exp(v), −∞ for an empty or all −∞ input. */
export function logSumExp(v: readonly number[]): number {
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const x of v) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** Checks a covariance is square d×d, finite and symmetric (within 1e-12 of its largest entry); returns its Cholesky factor. */
export function covarianceFactor(cov: number[][], d: number, what: string): number[][] {
  if (cov.length !== d || cov.some((r) => r.length !== d)) throw new Error(`${what} must be ${d}×${d}`);
  let max = 0;
  for (const r of cov) for (const v of r) { if (!Number.isFinite(v)) throw new Error(`${what} has a non-finite entry`); max = Math.max(max, Math.abs(v)); }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) {
    if (Math.abs(cov[i]![j]! - cov[j]![i]!) > 1e-12 * max) throw new Error(`${what} is not symmetric`);
  }
  return cholesky(cov);
}

/** log N(x | μ, LLᵀ) = −½(d log 2π + log|Σ| + ‖L⁻¹(x−μ)‖²). */
export function gaussianLogPdf(x: readonly number[], mean: readonly number[], L: number[][]): number {
  const d = x.length;
  const z = forwardSubstitute(L, x.map((v, j) => v - mean[j]!));
  let logDet = 0;
  for (let j = 0; j < d; j++) logDet += 2 * Math.log(L[j]![j]!);
  return -0.5 * (d * Math.log(2 * Math.PI) + logDet + z.reduce((s, v) => s + v * v, 0));
}

export interface EStep {
  resp: number[][];
  logLik: number;
}

/** Responsibilities γ_ik = exp(ℓ_ik − LSE_j ℓ_ij) with ℓ_ik = log π_k + log N(x_i | μ_k, Σ_k), and Σ_i LSE_k ℓ_ik. */
export function eStep(X: number[][], weights: number[], means: number[][], factors: number[][][]): EStep {
  let logLik = 0;
  const resp = X.map((x) => {
    const l = weights.map((w, k) => (w === 0 ? -Infinity : Math.log(w) + gaussianLogPdf(x, means[k]!, factors[k]!)));
    const lse = logSumExp(l);
    logLik += lse;
    return l.map((v) => Math.exp(v - lse));
  });
  return { resp, logLik };
}

/** Validates a mixture (weights ≥ 0 summing to 1 within 1e-9, means and covariances of width d) and factors the covariances. */
export function mixtureFactors(d: number, weights: number[], means: number[][], covs: number[][][]): number[][][] {
  const K = weights.length;
  if (K === 0) throw new Error('the mixture needs at least one component');
  if (means.length !== K || covs.length !== K) throw new Error('weights, means and covariances must have one entry per component');
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new Error('weights must be finite and >= 0');
  if (Math.abs(weights.reduce((s, w) => s + w, 0) - 1) > 1e-9) throw new Error('weights must sum to 1');
  if (means.some((m) => m.length !== d || m.some((v) => !Number.isFinite(v)))) throw new Error(`means must be finite vectors of length ${d}`);
  return covs.map((c, k) => covarianceFactor(c, d, `covariance ${k}`));
}
