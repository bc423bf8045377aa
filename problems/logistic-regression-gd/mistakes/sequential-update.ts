// expect: wrong_answer
// mistake: updates the weights first and then computes the bias gradient at the new weights, instead of updating both from the same point
// caught-by: random 1
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
    lossHistory.push(L / n + 0.5 * l2 * sq);
    const err = z.map((zi, i) => sig(zi) - y[i]);
    const gradW = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i][j] * err[i];
      gradW[j] = s / n + l2 * w[j];
    }
    for (let j = 0; j < d; j++) w[j] -= lr * gradW[j];
    const err2 = X.map((x, i) => sig(dot(x)) - y[i]);
    b -= (lr * err2.reduce((a, e) => a + e, 0)) / n;
  }
  return { weights: Array.from(w), bias: b, lossHistory, proba: Xtest.map((x) => sig(dot(x))) };
}
