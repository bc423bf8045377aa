// Reference: the shared float64 CART per tree (grader/reference-kit/cart.ts), then averaged leaf proportions.
import { argmaxLowest, fitTree, leafOf, type FitResult } from '../../grader/reference-kit/cart.ts';

type Result = { labels: number[]; proba: number[][] };

/** Fits the M trees (exported for the test generator's margin checks). */
export function fitForest(X: number[][], y: number[], K: number, bootstrap: number[][], featureSubsets: number[][] | null, maxDepth: number, minSamplesLeaf: number): FitResult[] {
  if (X.length === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d)) throw new Error('rows of X must have equal length');
  if (y.length !== X.length) throw new Error('y must have one label per row of X');
  if (!Number.isInteger(K) || K < 1) throw new Error('K must be a positive integer');
  if (y.some((v) => !Number.isInteger(v) || v < 0 || v >= K)) throw new Error('labels must be integers in [0, K)');
  if (bootstrap.length === 0) throw new Error('the forest needs at least one tree');
  if (bootstrap.some((rows) => rows.length === 0 || rows.some((i) => !Number.isInteger(i) || i < 0 || i >= X.length))) throw new Error('bootstrap rows must be non-empty lists of row indices');
  if (featureSubsets !== null) {
    if (featureSubsets.length !== bootstrap.length) throw new Error('one feature subset per tree');
    for (const s of featureSubsets) {
      if (s.length === 0 || new Set(s).size !== s.length || s.some((f) => !Number.isInteger(f) || f < 0 || f >= d)) throw new Error('a feature subset must be a non-empty list of distinct feature indices');
    }
  }
  if (!Number.isInteger(maxDepth) || maxDepth < -1) throw new Error('maxDepth must be an integer >= -1');
  if (!Number.isInteger(minSamplesLeaf) || minSamplesLeaf < 1) throw new Error('minSamplesLeaf must be an integer >= 1');
  return bootstrap.map((rows, m) => fitTree(X, y, rows, { criterion: 'gini', maxDepth, minSamplesSplit: 2, minSamplesLeaf, K, ...(featureSubsets ? { features: featureSubsets[m]! } : {}) }));
}

/** Leaf class proportions averaged over the trees. */
export function forestProba(fits: readonly FitResult[], K: number, x: readonly number[]): number[] {
  const p = new Array<number>(K).fill(0);
  for (const { tree } of fits) tree.value[leafOf(tree, x)]!.forEach((v, k) => { p[k]! += v; });
  return p.map((v) => v / fits.length);
}

export function randomForestClassifier(X: number[][], y: number[], K: number, bootstrap: number[][], featureSubsets: number[][] | null, maxDepth: number, minSamplesLeaf: number, Xtest: number[][]): Result {
  const fits = fitForest(X, y, K, bootstrap, featureSubsets, maxDepth, minSamplesLeaf);
  if (Xtest.some((r) => r.length !== X[0]!.length)) throw new Error('rows of Xtest must have the width of X');
  const proba = Xtest.map((x) => forestProba(fits, K, x));
  return { labels: proba.map(argmaxLowest), proba };
}
