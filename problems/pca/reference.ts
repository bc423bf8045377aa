// Reference: plain float64 TypeScript with a cyclic Jacobi eigen-solver (tfjs has no eig/svd).

/** Eigen-decomposition of a symmetric matrix: eigenvalues (descending) and eigenvectors as rows. */
export function symmetricEigen(S: number[][]): { values: number[]; vectors: number[][] } {
  const d = S.length;
  const A = S.map((r) => r.slice());
  const V: number[][] = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, diag = 0;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) (i === j ? (diag += A[i]![j]! ** 2) : (off += A[i]![j]! ** 2));
    if (off <= 1e-30 * Math.max(diag, 1e-300) || off === 0) break;
    for (let p = 0; p < d - 1; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = A[p]![q]!;
        if (apq === 0) continue;
        const app = A[p]![p]!, aqq = A[q]![q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = A[k]![p]!, akq = A[k]![q]!;
          A[k]![p] = c * akp - s * akq;
          A[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = A[p]![k]!, aqk = A[q]![k]!;
          A[p]![k] = c * apk - s * aqk;
          A[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = V[k]![p]!, vkq = V[k]![q]!;
          V[k]![p] = c * vkp - s * vkq;
          V[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((a, b) => A[b]![b]! - A[a]![a]! || a - b);
  return { values: order.map((i) => A[i]![i]!), vectors: order.map((i) => V.map((row) => row[i]!)) };
}

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
