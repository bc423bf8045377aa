/** Binary logistic regression by full-batch gradient descent, float64 (shared by the uplift references). */

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

/**
 * Minimises the mean log-loss from w = 0, b = 0 with `nIters` simultaneous updates
 * w ← w − lr·(1/n)·Xᵀ(σ(Xw + b) − y), b ← b − lr·mean(σ(Xw + b) − y).
 */
export function fitLogisticGd(X: readonly (readonly number[])[], y: readonly number[], lr: number, nIters: number): LogisticModel {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  let weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < nIters; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i]!;
      let z = bias;
      for (let j = 0; j < d; j++) z += row[j]! * weights[j]!;
      const r = sigmoid(z) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += r * row[j]!;
      gb += r;
    }
    weights = weights.map((w, j) => w - (lr * gw[j]!) / n);
    bias -= (lr * gb) / n;
  }
  return { weights, bias };
}

export function predictProba(model: LogisticModel, row: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += row[j]! * model.weights[j]!;
  return sigmoid(z);
}
