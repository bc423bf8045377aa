// Reference: the shared float64 CART (MSE criterion) fitted to the residuals at every stage.
import { fitTree, leafOf, type FitResult } from '../../grader/reference-kit/cart.ts';

type Result = { trainMse: number[]; predictions: number[] };

/** The boosting run, with each stage's fit (for the test generator's margin checks). */
export function boost(X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][]): Result & { fits: FitResult[] } {
  if (X.length === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('every row of X and Xtest must have the same length');
  if (y.length !== X.length) throw new Error('y must have one target per row of X');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('targets must be finite');
  if (!Number.isInteger(nEstimators) || nEstimators < 0) throw new Error('nEstimators must be a non-negative integer');
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new Error('learningRate must be positive');
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error('maxDepth must be an integer >= 1');
  const n = X.length;
  const f0 = y.reduce((s, v) => s + v, 0) / n;
  const F = new Array<number>(n).fill(f0);
  const predictions = Xtest.map(() => f0);
  const trainMse: number[] = [];
  const fits: FitResult[] = [];
  const rows = X.map((_, i) => i);
  for (let m = 0; m < nEstimators; m++) {
    const residual = y.map((v, i) => v - F[i]!);
    const fit = fitTree(X, residual, rows, { criterion: 'mse', maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1 });
    fits.push(fit);
    const { tree } = fit;
    for (let i = 0; i < n; i++) F[i] = F[i]! + learningRate * tree.value[leafOf(tree, X[i]!)]![0]!;
    Xtest.forEach((x, i) => { predictions[i] = predictions[i]! + learningRate * tree.value[leafOf(tree, x)]![0]!; });
    trainMse.push(y.reduce((s, v, i) => s + (v - F[i]!) ** 2, 0) / n);
  }
  return { trainMse, predictions, fits };
}

export function gradientBoostingRegressor(X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][]): Result {
  const { trainMse, predictions } = boost(X, y, nEstimators, learningRate, maxDepth, Xtest);
  return { trainMse, predictions };
}
