// expect: wrong_answer
// mistake: checks only l1Ratio ≤ 1, so a negative mix (a penalty that rewards large coefficients) is accepted
// caught-by: negative l1Ratio throws
export function elasticNetCD(X: number[][], y: number[], alpha: number, l1Ratio: number, maxIter: number, tol: number): { coef: number[]; intercept: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad data');
  const p = X[0].length;
  if (X.some((row) => row.length !== p)) throw new Error('ragged X');
  if (!(alpha >= 0) || !(l1Ratio <= 1)) throw new Error('bad hyper-parameters');
  const mx = new Array(p).fill(0);
  for (const row of X) row.forEach((v, j) => (mx[j] += v / n));
  const my = y.reduce((a, b) => a + b, 0) / n;
  // column-major centred copy
  const cols = Array.from({ length: p }, (_, j) => X.map((row) => row[j] - mx[j]));
  const norms = cols.map((c) => c.reduce((s, v) => s + v * v, 0) / n);
  const res = y.map((v) => v - my);
  const w = new Array(p).fill(0);
  const lam1 = alpha * l1Ratio, lam2 = alpha * (1 - l1Ratio);
  for (let it = 0; it < maxIter; it++) {
    let biggest = 0;
    for (let j = 0; j < p; j++) {
      if (norms[j] === 0) continue;
      const c = cols[j];
      let rho = 0;
      for (let i = 0; i < n; i++) rho += c[i] * res[i];
      rho = rho / n + norms[j] * w[j];
      let next = 0;
      if (rho > lam1) next = (rho - lam1) / (norms[j] + lam2);
      else if (rho < -lam1) next = (rho + lam1) / (norms[j] + lam2);
      const step = next - w[j];
      if (step !== 0) {
        for (let i = 0; i < n; i++) res[i] -= c[i] * step;
        w[j] = next;
      }
      if (Math.abs(step) > biggest) biggest = Math.abs(step);
    }
    if (biggest < tol) break;
  }
  let b = my;
  for (let j = 0; j < p; j++) b -= mx[j] * w[j];
  return { coef: w, intercept: b };
}
