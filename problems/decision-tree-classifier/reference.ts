// Reference: the shared float64 CART (grader/reference-kit/cart.ts); splits are discrete choices, so no float32.
import { argmaxLowest, fitTree, leafCount, leafOf, treeDepth } from '../../grader/reference-kit/cart.ts';

type Result = { labels: number[]; proba: number[][]; depth: number; leaves: number };

export function validateClassifierInputs(X: number[][], y: number[], K: number, Xtest: number[][]): void {
  if (X.length === 0) throw new Error('X is empty');
  if (y.length !== X.length) throw new Error('y must have one label per row of X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('every row of X and Xtest must have the same length');
  if (!Number.isInteger(K) || K < 1) throw new Error('K must be a positive integer');
  if (y.some((v) => !Number.isInteger(v) || v < 0 || v >= K)) throw new Error('labels must be integers in [0, K)');
}

export function decisionTreeClassifier(X: number[][], y: number[], K: number, maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number, criterion: 'gini' | 'entropy', Xtest: number[][]): Result {
  validateClassifierInputs(X, y, K, Xtest);
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('maxDepth must be an integer >= -1');
  if (!Number.isInteger(minSamplesSplit) || minSamplesSplit < 2) throw new Error('minSamplesSplit must be an integer >= 2');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('minSamplesLeaf must be an integer >= 1');
  if (criterion !== 'gini' && criterion !== 'entropy') throw new Error(`unknown criterion ${String(criterion)}`);
  const { tree } = fitTree(X, y, X.map((_, i) => i), { criterion, maxDepth, minSamplesSplit, minSamplesLeaf, K });
  const proba = Xtest.map((x) => [...tree.value[leafOf(tree, x)]!]);
  return { labels: proba.map(argmaxLowest), proba, depth: treeDepth(tree), leaves: leafCount(tree) };
}
