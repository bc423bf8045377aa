/**
 * Plain float64 SMO for the C-SVM dual with maximal-violating-pair working sets (LIBSVM's WSS1, lowest
 * index on ties), a clipped two-variable step, incremental gradient updates, and LIBSVM's rule for b.
 */
type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';

export const TAU = 1e-12;

export function kernelFn(kernel: Kernel, gamma: number, coef0: number, degree: number): (a: number[], b: number[]) => number {
  const dot = (a: number[], b: number[]) => a.reduce((s, x, k) => s + x * b[k]!, 0);
  switch (kernel) {
    case 'linear': return dot;
    case 'poly': return (a, b) => (gamma * dot(a, b) + coef0) ** degree;
    case 'rbf': return (a, b) => Math.exp(-gamma * a.reduce((s, x, k) => s + (x - b[k]!) ** 2, 0));
    case 'sigmoid': return (a, b) => Math.tanh(gamma * dot(a, b) + coef0);
    default: throw new Error(`unknown kernel ${String(kernel)}`);
  }
}

export interface SmoState {
  alpha: number[];
  b: number;
  decision: number[];
  /** the smallest gap between the chosen and the runner-up index of a working-set choice after the first (whose ties are exact): tests that stop early keep it away from 0 */
  selectionMargin: number;
}

export function smo(
  X: number[][], y: number[], C: number, kernel: Kernel, gamma: number, coef0: number, degree: number, tol: number, maxIter: number, Xtest: number[][],
): SmoState {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  if (n < 2 || d === 0 || X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('X needs at least two rows of one length d ≥ 1, Xtest rows of length d');
  if (![...X.flat(), ...Xtest.flat()].every(Number.isFinite)) throw new Error('inputs must be finite');
  if (y.length !== n || y.some((v) => v !== 1 && v !== -1)) throw new Error('y must hold one label ±1 per row');
  if (!y.includes(1) || !y.includes(-1)) throw new Error('both classes must be present');
  if (!(C > 0) || !Number.isFinite(C)) throw new Error('C must be positive');
  if (!(tol > 0)) throw new Error('tol must be positive');
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new Error('maxIter must be a non-negative integer');
  if (kernel !== 'linear' && !(gamma > 0)) throw new Error('gamma must be positive');
  if (kernel === 'poly' && (!Number.isInteger(degree) || degree < 0)) throw new Error('degree must be a non-negative integer');
  const k = kernelFn(kernel, gamma, coef0, degree);

  const K = X.map((a) => X.map((b) => k(a, b)));
  const alpha = new Array<number>(n).fill(0);
  const G = new Array<number>(n).fill(-1); // ∇f = Qα − e at α = 0
  let selectionMargin = Infinity;
  for (let it = 0; it < maxIter; it++) {
    let i = -1, j = -1, gmax = -Infinity, gmin = Infinity, gmax2 = -Infinity, gmin2 = Infinity;
    for (let t = 0; t < n; t++) {
      const v = -y[t]! * G[t]!;
      const up = y[t] === 1 ? alpha[t]! < C : alpha[t]! > 0;
      const low = y[t] === 1 ? alpha[t]! > 0 : alpha[t]! < C;
      if (up) { if (v > gmax) { gmax2 = gmax; gmax = v; i = t; } else gmax2 = Math.max(gmax2, v); }
      if (low) { if (v < gmin) { gmin2 = gmin; gmin = v; j = t; } else gmin2 = Math.min(gmin2, v); }
    }
    if (i < 0 || j < 0 || gmax - gmin < tol) break;
    if (it > 0) selectionMargin = Math.min(selectionMargin, gmax - gmax2, gmin2 - gmin);
    let eta = K[i]![i]! + K[j]![j]! - 2 * K[i]![j]!;
    if (eta <= 0) eta = TAU;
    const room = Math.min(y[i] === 1 ? C - alpha[i]! : alpha[i]!, y[j] === 1 ? alpha[j]! : C - alpha[j]!);
    const step = Math.min((gmax - gmin) / eta, room);
    const di = y[i]! * step;
    const dj = -y[j]! * step;
    alpha[i] = Math.min(C, Math.max(0, alpha[i]! + di));
    alpha[j] = Math.min(C, Math.max(0, alpha[j]! + dj));
    for (let t = 0; t < n; t++) G[t] = G[t]! + y[t]! * (y[i]! * K[t]![i]! * di + y[j]! * K[t]![j]! * dj);
  }

  let ub = Infinity, lb = -Infinity, free = 0, sumFree = 0;
  for (let t = 0; t < n; t++) {
    const yG = y[t]! * G[t]!;
    if (alpha[t] === C) { if (y[t] === -1) ub = Math.min(ub, yG); else lb = Math.max(lb, yG); }
    else if (alpha[t] === 0) { if (y[t] === 1) ub = Math.min(ub, yG); else lb = Math.max(lb, yG); }
    else { free++; sumFree += yG; }
  }
  const rho = free > 0 ? sumFree / free : (ub + lb) / 2;
  const b = -rho;
  const decision = Xtest.map((x) => alpha.reduce((s, a, t) => s + (a === 0 ? 0 : a * y[t]! * k(X[t]!, x)), b));
  return { alpha, b, decision, selectionMargin };
}

export function svmSMO(
  X: number[][], y: number[], C: number, kernel: Kernel, gamma: number, coef0: number, degree: number, tol: number, maxIter: number, Xtest: number[][],
): [number[], number, number[]] {
  const { alpha, b, decision } = smo(X, y, C, kernel, gamma, coef0, degree, tol, maxIter, Xtest);
  return [alpha, b, decision];
}
