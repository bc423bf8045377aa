// expect: wrong_answer
// mistake: records the loss after each update instead of before it, so lossHistory misses log 2 and ends one step late
// caught-by: all labels zero
export function logisticRegressionGD(X: number[][], y: number[], lr: number, nIters: number, l2: number, Xtest: number[][]): { weights: number[]; bias: number; lossHistory: number[]; proba: number[] } {
  const n = X.length;
  const d = X[0].length;
  const w = new Float64Array(d);
  let b = 0;
  const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const dot = (x: number[]) => { let s = b; for (let j = 0; j < d; j++) s += x[j] * w[j]; return s; };
  const lossHistory: number[] = [];
  for (let t = 0; t < nIters; t++) {
    const z = X.map(dot);
    let L = 0;
    for (let i = 0; i < n; i++) L += (z[i] > 0 ? z[i] + Math.log1p(Math.exp(-z[i])) : Math.log1p(Math.exp(z[i]))) - y[i] * z[i];
    let sq = 0;
    for (let j = 0; j < d; j++) sq += w[j] * w[j];
    const err = z.map((zi, i) => sig(zi) - y[i]);
    const gradB = err.reduce((a, e) => a + e, 0) / n;
    const gradW = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i][j] * err[i];
      gradW[j] = s / n + l2 * w[j];
    }
    for (let j = 0; j < d; j++) w[j] -= lr * gradW[j];
    b -= lr * gradB;
    const z2 = X.map(dot);
    let L2 = 0;
    for (let i = 0; i < n; i++) L2 += (z2[i] > 0 ? z2[i] + Math.log1p(Math.exp(-z2[i])) : Math.log1p(Math.exp(z2[i]))) - y[i] * z2[i];
    let sq2 = 0;
    for (let j = 0; j < d; j++) sq2 += w[j] * w[j];
    lossHistory.push(L2 / n + 0.5 * l2 * sq2);
  }
  return { weights: Array.from(w), bias: b, lossHistory, proba: Xtest.map((x) => sig(dot(x))) };
}
