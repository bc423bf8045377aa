export function bestSplit(X: number[][], y: number[], criterion: 'gini' | 'entropy', minSamplesLeaf: number): { feature: number; threshold: number; gain: number } {
  // TODO: try every midpoint of every feature, keep the largest impurity decrease
  return { feature: 0, threshold: 0, gain: 0 };
}
