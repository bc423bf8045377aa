// expect: wrong_answer
// mistake: follows the summed loss: gradient X^T(p - y) without the 1/n, so the step is n times too large
// caught-by: all labels zero
export function logisticRegressionGD(X: number[][], y: number[], lr: number, nIters: number, l2: number, Xtest: number[][]): { weights: number[]; bias: number; lossHistory: number[]; proba: number[] } {
  const n = X.length, d = X[0].length;
  let w = new Array(d).fill(0), b = 0;
  const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const sp = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  const lossHistory: number[] = [];
  for (let t = 0; t < nIters; t++) {
    const z = X.map((x) => x.reduce((s, v, j) => s + v * w[j], b));
    lossHistory.push(z.reduce((s, zi, i) => s + sp(zi) - y[i] * zi, 0) / n + 0.5 * l2 * w.reduce((s, v) => s + v * v, 0));
    const p = z.map(sig);
    const gw = w.map((wj, j) => p.reduce((s, pi, i) => s + (pi - y[i]) * X[i][j], 0) + l2 * wj);
    const gb = p.reduce((s, pi, i) => s + pi - y[i], 0);
    w = w.map((wj, j) => wj - lr * gw[j]);
    b -= lr * gb;
  }
  return { weights: w, bias: b, lossHistory, proba: Xtest.map((x) => sig(x.reduce((s, v, j) => s + v * w[j], b))) };
}
