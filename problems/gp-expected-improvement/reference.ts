/** RBF-kernel GP posterior (Cholesky with a 1e-10·σ_f² jitter), Expected Improvement for minimisation, and its argmax. */
import { cholesky, choleskySolve, forwardSubstitute } from '../../grader/reference-kit/linalg.ts';
import { normalCdf, normalPdf } from '../../grader/reference-kit/stats.ts';

export const JITTER = 1e-10;
export const ZERO_VARIANCE = 1e-8;

export function posterior(X: number[][], y: number[], Xcand: number[][], lengthScale: number, signalVar: number, noiseVar: number): { mu: number[]; sd: number[] } {
  const d = X.length > 0 ? X[0]!.length : 0;
  if (X.length === 0 || d === 0 || X.some((x) => x.length !== d || !x.every(Number.isFinite))) throw new Error('X must be a non-empty finite matrix');
  if (y.length !== X.length || !y.every(Number.isFinite)) throw new Error('y needs one finite value per row of X');
  if (Xcand.length === 0 || Xcand.some((x) => x.length !== d || !x.every(Number.isFinite))) throw new Error('Xcand must be a non-empty matrix with the columns of X');
  if (!(lengthScale > 0) || !(signalVar > 0) || !(noiseVar >= 0) || ![lengthScale, signalVar, noiseVar].every(Number.isFinite)) throw new Error('lengthScale and signalVar must be > 0, noiseVar ≥ 0');
  const k = (a: number[], b: number[]) => signalVar * Math.exp(-a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0) / (2 * lengthScale * lengthScale));
  const A = X.map((a, i) => X.map((b, j) => k(a, b) + (i === j ? noiseVar + JITTER * signalVar : 0)));
  const L = cholesky(A, 0);
  const alpha = choleskySolve(L, y);
  const mu: number[] = [];
  const sd: number[] = [];
  for (const c of Xcand) {
    const ks = X.map((x) => k(x, c));
    mu.push(ks.reduce((s, v, i) => s + v * alpha[i]!, 0));
    const v = forwardSubstitute(L, ks);
    const variance = signalVar - v.reduce((s, t) => s + t * t, 0);
    sd.push(variance < ZERO_VARIANCE * signalVar ? 0 : Math.sqrt(variance));
  }
  return { mu, sd };
}

export function expectedImprovement(mu: number[], sd: number[], yMin: number, xi: number): number[] {
  return mu.map((m, i) => {
    const improvement = yMin - m - xi;
    const s = sd[i]!;
    if (s === 0) return Math.max(0, improvement);
    const z = improvement / s;
    return improvement * normalCdf(z) + s * normalPdf(z);
  });
}

export function gpExpectedImprovement(X: number[][], y: number[], Xcand: number[][], lengthScale: number, signalVar: number, noiseVar: number, xi: number): [number[], number[], number[], number] {
  if (!(xi >= 0) || !Number.isFinite(xi)) throw new Error('xi must be a finite number ≥ 0');
  const { mu, sd } = posterior(X, y, Xcand, lengthScale, signalVar, noiseVar);
  const ei = expectedImprovement(mu, sd, Math.min(...y), xi);
  let best = 0;
  for (let i = 1; i < ei.length; i++) if (ei[i]! > ei[best]!) best = i;
  return [mu, sd, ei, best];
}
