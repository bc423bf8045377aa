// expect: wrong_answer
// mistake: updates only α_i in each step (plain coordinate descent), which breaks the constraint Σ α_t y_t = 0
// caught-by: random 2
export function svmSMO(
  X: number[][], y: number[], C: number, kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number, coef0: number, degree: number,
  tol: number, maxIter: number, Xtest: number[][],
): [number[], number, number[]] {
  const n = X.length, d = X[0]?.length ?? 0;
  if (n < 2 || d === 0 || X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('shape');
  if (y.length !== n || y.some((v) => v !== 1 && v !== -1) || !y.includes(1) || !y.includes(-1)) throw new Error('labels');
  if (!(C > 0) || !(tol > 0) || !Number.isInteger(maxIter) || maxIter < 0) throw new Error('parameters');
  if (kernel !== 'linear' && !(gamma > 0)) throw new Error('gamma');
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
  const kern = (a: number[], b: number[]): number => {
    if (kernel === 'linear') return dot(a, b);
    if (kernel === 'poly') return (gamma * dot(a, b) + coef0) ** degree;
    if (kernel === 'rbf') return Math.exp(-gamma * a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0));
    if (kernel === 'sigmoid') return Math.tanh(gamma * dot(a, b) + coef0);
    throw new Error('unknown kernel');
  };
  const K = X.map((a) => X.map((b) => kern(a, b)));
  const Q = (s: number, t: number) => y[s] * y[t] * K[s][t];

  const alpha = new Array(n).fill(0);
  const G = new Array(n).fill(-1); // gradient of ½αᵀQα − Σα at α = 0
  for (let it = 0; it < maxIter; it++) {
    // maximal violating pair: i maximises −y_t G_t over I_up, j minimises it over I_low
    let i = -1, j = -1, gmax = -Infinity, gmin = Infinity;
    for (let t = 0; t < n; t++) {
      const v = -y[t] * G[t];
      if ((y[t] === 1 ? alpha[t] < C : alpha[t] > 0) && v > gmax) { gmax = v; i = t; }
      if ((y[t] === 1 ? alpha[t] > 0 : alpha[t] < C) && v < gmin) { gmin = v; j = t; }
    }
    if (i < 0 || j < 0 || gmax - gmin < tol) break;
    const oldI = alpha[i], oldJ = alpha[j];
    if (y[i] !== y[j]) {
      const quad = Math.max(K[i][i] + K[j][j] - 2 * K[i][j], 0) || 1e-12;
      const delta = (-G[i] - G[j]) / quad;
      const diff = alpha[i] - alpha[j];
      alpha[i] += delta; alpha[j] += delta;
      if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } } else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
      if (diff > 0) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = C - diff; } } else if (alpha[j] > C) { alpha[j] = C; alpha[i] = C + diff; }
    } else {
      const quad = Math.max(K[i][i] + K[j][j] - 2 * K[i][j], 0) || 1e-12;
      const delta = (G[i] - G[j]) / quad;
      const sum = alpha[i] + alpha[j];
      alpha[i] -= delta; alpha[j] += delta;
      if (sum > C) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = sum - C; } } else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
      if (sum > C) { if (alpha[j] > C) { alpha[j] = C; alpha[i] = sum - C; } } else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
    }
    alpha[j] = oldJ;
    const dI = alpha[i] - oldI, dJ = 0;
    for (let t = 0; t < n; t++) G[t] += Q(t, i) * dI + Q(t, j) * dJ;
  }

  // b = −ρ: the mean of y_t G_t over free vectors, else the middle of the feasible interval
  let ub = Infinity, lb = -Infinity, nFree = 0, sumFree = 0;
  for (let t = 0; t < n; t++) {
    const yG = y[t] * G[t];
    const atUpper = alpha[t] >= C, atLower = alpha[t] <= 0;
    if ((atUpper && y[t] === -1) || (atLower && y[t] === 1)) ub = Math.min(ub, yG);
    else if (atUpper || atLower) lb = Math.max(lb, yG);
    else { nFree++; sumFree += yG; }
  }
  const b = -(nFree > 0 ? sumFree / nFree : (ub + lb) / 2);
  return [alpha, b, Xtest.map((x) => alpha.reduce((s, a, t) => s + a * y[t] * kern(X[t], x), b))];
}
