/**
 * Plain float64 LIME surrogate: Gaussian proximity weights, a weighted ridge fit with an unpenalised
 * intercept (weighted centring, then the normal equations solved with partial pivoting), weighted R².
 */
import { solve } from '../../grader/reference-kit/linalg.ts';

export function limeExplain(
  Z: number[][], fz: number[], x: number[], kernelWidth: number, ridge: number,
): { intercept: number; weights: number[]; sampleWeights: number[]; score: number } {
  const n = Z.length;
  const p = x.length;
  if (n === 0 || p === 0 || Z.some((r) => r.length !== p)) throw new Error(`Z must hold at least one sample of ${p} features`);
  if (fz.length !== n) throw new Error('fz must hold one output per sample');
  if (![...Z.flat(), ...fz, ...x].every(Number.isFinite)) throw new Error('inputs must be finite');
  if (!(kernelWidth > 0) || !(ridge >= 0) || !Number.isFinite(ridge)) throw new Error('kernelWidth must be positive and ridge ≥ 0');

  const sampleWeights = Z.map((z) => Math.exp(-z.reduce((s, v, j) => s + (v - x[j]!) ** 2, 0) / kernelWidth ** 2));
  const total = sampleWeights.reduce((s, v) => s + v, 0);
  if (!(total > 0)) throw new Error('every sample weight underflowed to 0');
  const zbar = x.map((_, j) => Z.reduce((s, z, i) => s + sampleWeights[i]! * z[j]!, 0) / total);
  const fbar = fz.reduce((s, f, i) => s + sampleWeights[i]! * f, 0) / total;
  const Zc = Z.map((z) => z.map((v, j) => v - zbar[j]!));
  const fc = fz.map((f) => f - fbar);
  const A = x.map((_, j) => x.map((__, k) => Zc.reduce((s, z, i) => s + sampleWeights[i]! * z[j]! * z[k]!, 0) + (j === k ? ridge : 0)));
  const rhs = x.map((_, j) => Zc.reduce((s, z, i) => s + sampleWeights[i]! * z[j]! * fc[i]!, 0));
  const weights = solve(A, rhs, 1e-12); // singular when ridge = 0 and the weighted samples do not span every feature
  const intercept = fbar - weights.reduce((s, w, j) => s + w * zbar[j]!, 0);
  const res = fz.reduce((s, f, i) => s + sampleWeights[i]! * (f - intercept - Z[i]!.reduce((t, v, j) => t + v * weights[j]!, 0)) ** 2, 0);
  const tot = fc.reduce((s, f, i) => s + sampleWeights[i]! * f * f, 0);
  return { intercept, weights, sampleWeights, score: tot > 0 ? 1 - res / tot : 1 };
}
