export function decisionTreeClassifier(
  X: number[][], y: number[], K: number, maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number,
  criterion: 'gini' | 'entropy', Xtest: number[][],
): { labels: number[]; proba: number[][]; depth: number; leaves: number } {
  // TODO: grow the tree from the root (best split by impurity decrease, midpoint thresholds, x <= t goes left),
  // stop by the rules in the statement, then route every test row to its leaf.
  throw new Error('Not implemented');
}
