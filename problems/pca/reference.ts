// Reference: plain float64 TypeScript with the kit's cyclic Jacobi eigen-solver (tfjs has no eig/svd).
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';

export function pca(X: number[][], k: number): { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[]; scores: number[][]; mean: number[] } {
  const n = X.length;
  if (n < 2) throw new Error('PCA needs at least 2 samples (the n-1 covariance is undefined for n = 1)');
  const d = X[0]!.length;
  if (!Number.isInteger(k) || k < 0 || k > d) throw new Error(`k must be an integer in [0, ${d}]`);
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
  const Xc = X.map((r) => r.map((v, j) => v - mean[j]!));
  const C = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => Xc.reduce((s, r) => s + r[a]! * r[b]!, 0) / (n - 1)));
  const { values, vectors } = symmetricEigen(C);
  let total = 0;
  for (let j = 0; j < d; j++) total += C[j]![j]!;
  const components = vectors.slice(0, k);
  const explainedVariance = values.slice(0, k).map((v) => Math.max(v, 0));
  const explainedVarianceRatio = explainedVariance.map((v) => (total > 0 ? v / total : 0));
  const scores = Xc.map((r) => components.map((v) => r.reduce((s, x, j) => s + x * v[j]!, 0)));
  return { components, explainedVariance, explainedVarianceRatio, scores, mean };
}
