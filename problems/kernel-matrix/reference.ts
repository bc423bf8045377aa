// Reference: plain float64; RBF distances from coordinate differences, so identical rows give exactly 1.
type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';

export function gammaScale(A: number[][]): number {
  const vals = A.flat();
  const mean = vals.reduce((s, v) => s + v, 0) / vals.length;
  const variance = vals.reduce((s, v) => s + (v - mean) ** 2, 0) / vals.length;
  return variance === 0 ? 1 : 1 / (A[0]!.length * variance);
}

export function kernelMatrix(A: number[][], B: number[][], kernel: Kernel, gamma: number | 'scale', coef0: number, degree: number): number[][] {
  if (!['linear', 'poly', 'rbf', 'sigmoid'].includes(kernel)) throw new Error(`unknown kernel ${String(kernel)}`);
  if (A.length === 0) throw new Error('A is empty');
  const d = A[0]!.length;
  if (d === 0 || [...A, ...B].some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  const g = gamma === 'scale' ? gammaScale(A) : gamma;
  if (!(typeof g === 'number' && g > 0 && Number.isFinite(g))) throw new Error("gamma must be a positive number or 'scale'");
  if (!Number.isFinite(coef0)) throw new Error('coef0 must be finite');
  if (!Number.isInteger(degree) || degree < 0) throw new Error('degree must be a non-negative integer');
  const dot = (a: number[], b: number[]): number => a.reduce((s, v, j) => s + v * b[j]!, 0);
  return A.map((a) => B.map((b) => {
    if (kernel === 'linear') return dot(a, b);
    if (kernel === 'poly') return (g * dot(a, b) + coef0) ** degree;
    if (kernel === 'sigmoid') return Math.tanh(g * dot(a, b) + coef0);
    return Math.exp(-g * a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0));
  }));
}
