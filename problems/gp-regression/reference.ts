// Reference: float64 Cholesky of the noisy kernel matrix (grader/reference-kit/linalg.ts).
import { cholesky, forwardSubstitute } from '../../grader/reference-kit/linalg.ts';

type Result = { mean: number[]; variance: number[]; logMarginal: number };

export function gpRegression(Xtrain: number[][], y: number[], Xtest: number[][], lengthScale: number, signalVar: number, noiseVar: number): Result {
  const n = Xtrain.length;
  if (n === 0) throw new Error('Xtrain is empty');
  const d = Xtrain[0]!.length;
  if (d === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  if (y.length !== n || y.some((v) => !Number.isFinite(v))) throw new Error('one finite target per training row');
  if (!(lengthScale > 0) || !(signalVar > 0) || !Number.isFinite(lengthScale) || !Number.isFinite(signalVar)) throw new Error('lengthScale and signalVar must be positive');
  if (!(noiseVar >= 0) || !Number.isFinite(noiseVar)) throw new Error('noiseVar must be >= 0');
  const k = (a: number[], b: number[]): number => signalVar * Math.exp(-a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0) / (2 * lengthScale * lengthScale));
  const noise = noiseVar === 0 ? 1e-10 : noiseVar;
  const K = Xtrain.map((a, i) => Xtrain.map((b, j) => k(a, b) + (i === j ? noise : 0)));
  const L = cholesky(K);
  const z = forwardSubstitute(L, y);
  // α = L⁻ᵀ z
  const alpha = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let t = i + 1; t < n; t++) s -= L[t]![i]! * alpha[t]!;
    alpha[i] = s / L[i]![i]!;
  }
  const mean: number[] = [], variance: number[] = [];
  for (const x of Xtest) {
    const ks = Xtrain.map((a) => k(a, x));
    mean.push(ks.reduce((s, v, i) => s + v * alpha[i]!, 0));
    const v = forwardSubstitute(L, ks);
    variance.push(signalVar - v.reduce((s, t) => s + t * t, 0));
  }
  let logDet = 0;
  for (let i = 0; i < n; i++) logDet += Math.log(L[i]![i]!);
  const logMarginal = -0.5 * y.reduce((s, v, i) => s + v * alpha[i]!, 0) - logDet - (n / 2) * Math.log(2 * Math.PI);
  return { mean, variance, logMarginal };
}
