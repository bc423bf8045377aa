// Reference: plain float64 TypeScript (up to 1000 iterations; float32 would drift).
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
export function logisticRegressionGD(X: number[][], y: number[], lr: number, nIters: number, l2: number, Xtest: number[][]): { weights: number[]; bias: number; lossHistory: number[]; proba: number[] } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must have the same non-zero length');
  const d = X[0]!.length;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  const lossHistory: number[] = [];
  const logit = (row: number[]) => {
    let s = b;
    for (let j = 0; j < d; j++) s += row[j]! * w[j]!;
    return s;
  };
  for (let it = 0; it < nIters; it++) {
    let loss = 0;
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i]!;
      const z = logit(row);
      loss += softplus(z) - y[i]! * z;
      const r = sigmoid(z) - y[i]!;
      for (let j = 0; j < d; j++) gw[j] = gw[j]! + r * row[j]!;
      gb += r;
    }
    let pen = 0;
    for (let j = 0; j < d; j++) pen += w[j]! * w[j]!;
    lossHistory.push(loss / n + (l2 / 2) * pen);
    w = w.map((wj, j) => wj - lr * (gw[j]! / n + l2 * wj));
    b = b - lr * (gb / n);
  }
  const proba = Xtest.map((row) => sigmoid(logit(row)));
  return { weights: w, bias: b, lossHistory, proba };
}
