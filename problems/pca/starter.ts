export function pca(X: number[][], k: number): { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[]; scores: number[][]; mean: number[] } {
  // TODO: centre, covariance (n - 1), symmetric eigen-decomposition, sort descending, project
  const d = X[0].length;
  const components = Array.from({ length: k }, (_, j) => Array.from({ length: d }, (_, i) => (i === j ? 1 : 0)));
  return { components, explainedVariance: new Array(k).fill(0), explainedVarianceRatio: new Array(k).fill(0), scores: X.map(() => new Array(k).fill(0)), mean: new Array(d).fill(0) };
}
