// expect: wrong_answer
// mistake: approximates the closed form with a fixed number of gradient-descent steps; never reaches the exact solution
// caught-by: exact interpolation n = d + 1
export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length, d = n ? X[0].length : 0;
  let w = new Array(d).fill(0), b = 0;
  for (let it = 0; it < 2000; it++) {
    const r = X.map((row, i) => b + row.reduce((s, v, j) => s + v * w[j], 0) - y[i]);
    const gw = w.map((_, j) => (2 / n) * X.reduce((s, row, i) => s + row[j] * r[i], 0));
    const gb = (2 / n) * r.reduce((s, v) => s + v, 0);
    w = w.map((v, j) => v - 0.01 * gw[j]);
    b -= 0.01 * gb;
  }
  return { weights: w, bias: b };
}
