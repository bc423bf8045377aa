// Reference: the shared float64 CART fitted to y − σ(F) (MSE splits), leaves replaced by one Newton step.
import { fitTree, leafOf, type FitResult } from '../../grader/reference-kit/cart.ts';

type Result = { proba: number[]; labels: number[] };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The boosting run: test scores F(x) plus each stage's fit (for the generator's margin checks). */
export function boostLogistic(X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][]): { F: number[]; fits: FitResult[] } {
  if (X.length === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('every row of X and Xtest must have the same length');
  if (y.length !== X.length) throw new Error('y must have one label per row of X');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (!Number.isInteger(nEstimators) || nEstimators < 0) throw new Error('nEstimators must be a non-negative integer');
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new Error('learningRate must be positive');
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error('maxDepth must be an integer >= 1');
  const n = X.length;
  const pos = y.reduce((s, v) => s + v, 0);
  if (pos === 0 || pos === n) throw new Error('both classes must be present');
  const f0 = Math.log(pos / (n - pos));
  const F = new Array<number>(n).fill(f0);
  const Ft = Xtest.map(() => f0);
  const rows = X.map((_, i) => i);
  const fits: FitResult[] = [];
  for (let m = 0; m < nEstimators; m++) {
    const p = F.map(sigmoid);
    const r = y.map((v, i) => v - p[i]!);
    const fit = fitTree(X, r, rows, { criterion: 'mse', maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1 });
    fits.push(fit);
    const { tree } = fit;
    const num = new Array<number>(tree.left.length).fill(0);
    const den = new Array<number>(tree.left.length).fill(0);
    const leafOfRow = X.map((x) => leafOf(tree, x));
    leafOfRow.forEach((leaf, i) => { num[leaf]! += r[i]!; den[leaf]! += p[i]! * (1 - p[i]!); });
    const gamma = num.map((s, t) => (den[t]! < 1e-150 ? 0 : s / den[t]!));
    for (let i = 0; i < n; i++) F[i] = F[i]! + learningRate * gamma[leafOfRow[i]!]!;
    Xtest.forEach((x, i) => { Ft[i] = Ft[i]! + learningRate * gamma[leafOf(tree, x)]!; });
  }
  return { F: Ft, fits };
}

export function gradientBoostingClassifier(X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][]): Result {
  const { F } = boostLogistic(X, y, nEstimators, learningRate, maxDepth, Xtest);
  const proba = F.map(sigmoid);
  return { proba, labels: proba.map((p) => (p > 0.5 ? 1 : 0)) };
}
