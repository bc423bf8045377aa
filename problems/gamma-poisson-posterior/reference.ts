// Reference: plain float64 TypeScript with the reference kit's log-gamma.
import { logGamma } from '../../grader/reference-kit/stats.ts';

export function gammaPoisson(counts: number[], alpha: number, beta: number, kQuery: number[]): { alphaPost: number; betaPost: number; mean: number; map: number; predictive: number[] } {
  if (!(alpha > 0 && beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) throw new Error('alpha and beta must be finite and > 0');
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new Error('counts must be non-negative integers');
  if (kQuery.some((k) => !Number.isInteger(k) || k < 0)) throw new Error('query values must be non-negative integers');
  const alphaPost = alpha + counts.reduce((s, c) => s + c, 0);
  const betaPost = beta + counts.length;
  // negative binomial: Γ(k + α′) / (Γ(α′) k!) · (β′/(β′+1))^α′ · (1/(β′+1))^k, in log space
  const logQ = Math.log(betaPost / (betaPost + 1)), log1mQ = -Math.log1p(betaPost);
  const predictive = kQuery.map((k) => Math.exp(logGamma(k + alphaPost) - logGamma(alphaPost) - logGamma(k + 1) + alphaPost * logQ + k * log1mQ));
  return { alphaPost, betaPost, mean: alphaPost / betaPost, map: alphaPost >= 1 ? (alphaPost - 1) / betaPost : 0, predictive };
}
