// Reference: plain float64 kernel sums; the Gram matrix comes from the kernel-matrix rules.
import { argmaxLowest } from '../../grader/reference-kit/cart.ts';

type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';

export function kernelValue(a: number[], b: number[], kernel: Kernel, gamma: number, coef0: number, degree: number): number {
  let s = 0;
  if (kernel === 'rbf') {
    for (let j = 0; j < a.length; j++) s += (a[j]! - b[j]!) ** 2;
    return Math.exp(-gamma * s);
  }
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  if (kernel === 'linear') return s;
  if (kernel === 'poly') return (gamma * s + coef0) ** degree;
  return Math.tanh(gamma * s + coef0);
}

export function svmDecision(SV: number[][], dualCoef: number[][], intercept: number[], X: number[][], kernel: Kernel, gamma: number, coef0: number, degree: number): { scores: number[][]; labels: number[] } {
  if (!['linear', 'poly', 'rbf', 'sigmoid'].includes(kernel)) throw new Error(`unknown kernel ${String(kernel)}`);
  const C = intercept.length;
  if (C === 0) throw new Error('at least one machine is needed');
  if (dualCoef.length !== C) throw new Error('one row of dual coefficients per machine');
  if (dualCoef.some((r) => r.length !== SV.length)) throw new Error('one dual coefficient per support vector');
  const rows = [...SV, ...X];
  const d = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== d)) throw new Error('support vectors and rows of X must have the same length');
  if ([...rows.flat(), ...dualCoef.flat(), ...intercept].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  if (!(gamma > 0) || !Number.isFinite(gamma)) throw new Error('gamma must be positive');
  if (!Number.isFinite(coef0)) throw new Error('coef0 must be finite');
  if (!Number.isInteger(degree) || degree < 0) throw new Error('degree must be a non-negative integer');
  const scores = X.map((x) => {
    const k = SV.map((s) => kernelValue(s, x, kernel, gamma, coef0, degree));
    return intercept.map((b, c) => k.reduce((acc, v, i) => acc + dualCoef[c]![i]! * v, b));
  });
  const labels = scores.map((f) => (C === 1 ? (f[0]! > 0 ? 1 : -1) : argmaxLowest(f)));
  return { scores, labels };
}
