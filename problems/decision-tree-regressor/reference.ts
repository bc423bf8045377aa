// Reference: the shared float64 CART (grader/reference-kit/cart.ts) with two-pass variances, so targets with a
// large common offset keep their precision.
import { fitTree, leafCount, leafOf, treeDepth } from '../../grader/reference-kit/cart.ts';

export function decisionTreeRegressor(X: number[][], y: number[], maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number, Xtest: number[][]): { predictions: number[]; depth: number; leaves: number } {
  if (X.length === 0) throw new Error('X is empty');
  if (y.length !== X.length) throw new Error('y must have one target per row of X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('every row of X and Xtest must have the same length');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('targets must be finite');
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('maxDepth must be an integer >= -1');
  if (!Number.isInteger(minSamplesSplit) || minSamplesSplit < 2) throw new Error('minSamplesSplit must be an integer >= 2');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('minSamplesLeaf must be an integer >= 1');
  const { tree } = fitTree(X, y, X.map((_, i) => i), { criterion: 'mse', maxDepth, minSamplesSplit, minSamplesLeaf });
  return { predictions: Xtest.map((x) => tree.value[leafOf(tree, x)]![0]!), depth: treeDepth(tree), leaves: leafCount(tree) };
}
