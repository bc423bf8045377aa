export function randomForestClassifier(
  X: number[][], y: number[], K: number, bootstrap: number[][], featureSubsets: number[][] | null,
  maxDepth: number, minSamplesLeaf: number, Xtest: number[][],
): { labels: number[]; proba: number[][] } {
  // TODO: grow one Gini tree per bootstrap sample (only on its feature subset), average the leaf
  // class proportions over the trees, then take the argmax
  throw new Error('Not implemented');
}
