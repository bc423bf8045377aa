// expect: wrong_answer
// mistake: loss computed as -(y log p + (1-y) log(1-p)) from the rounded sigmoid: -Infinity/NaN once p rounds to 0 or 1
// caught-by: features near 1000 saturate the sigmoid
export function logisticRegressionGD(X: number[][], y: number[], lr: number, nIters: number, l2: number, Xtest: number[][]): { weights: number[]; bias: number; lossHistory: number[]; proba: number[] } {
  const n = X.length, d = X[0].length;
  let w = new Array(d).fill(0), b = 0;
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  const lossHistory: number[] = [];
  for (let t = 0; t < nIters; t++) {
    const p = X.map((x) => sig(x.reduce((s, v, j) => s + v * w[j], b)));
    const L = -p.reduce((s, pi, i) => s + y[i] * Math.log(pi) + (1 - y[i]) * Math.log(1 - pi), 0) / n;
    lossHistory.push(L + 0.5 * l2 * w.reduce((s, v) => s + v * v, 0));
    const gw = w.map((wj, j) => p.reduce((s, pi, i) => s + (pi - y[i]) * X[i][j], 0) / n + l2 * wj);
    const gb = p.reduce((s, pi, i) => s + pi - y[i], 0) / n;
    w = w.map((wj, j) => wj - lr * gw[j]);
    b -= lr * gb;
  }
  return { weights: w, bias: b, lossHistory, proba: Xtest.map((x) => sig(x.reduce((s, v, j) => s + v * w[j], b))) };
}
