// Reference: plain float64 TypeScript, Householder QR of X_b (tfjs has no solver and no float64).
export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must have the same, non-zero number of rows');
  const d = X[0]!.length;
  const p = d + 1;
  if (n < p) throw new Error(`rank deficient: ${n} samples for ${p} parameters`);
  // A = X_b (column-major copy), b = y
  const A: number[][] = Array.from({ length: p }, (_, j) => Array.from({ length: n }, (_, i) => (j === 0 ? 1 : X[i]![j - 1]!)));
  const b = y.slice();
  const colNorm0 = A.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  const R: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const a = A[k]!;
    let norm = 0;
    for (let i = k; i < n; i++) norm += a[i]! * a[i]!;
    norm = Math.sqrt(norm);
    // relative rank test: remaining norm vs the column's original norm
    if (norm <= 1e-9 * Math.max(colNorm0[k]!, 1e-300)) throw new Error(`rank deficient: column ${k} of [1, X] is linearly dependent on the previous ones`);
    const alpha = a[k]! > 0 ? -norm : norm;
    const v = new Array<number>(n).fill(0);
    for (let i = k; i < n; i++) v[i] = a[i]!;
    v[k] = v[k]! - alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i]! * v[i]!;
    const apply = (c: number[]) => {
      let s = 0;
      for (let i = k; i < n; i++) s += v[i]! * c[i]!;
      const f = (2 * s) / vv;
      for (let i = k; i < n; i++) c[i] = c[i]! - f * v[i]!;
    };
    for (let j = k; j < p; j++) apply(A[j]!);
    apply(b);
    for (let j = k; j < p; j++) R[k]![j] = A[j]![k]!;
  }
  const theta = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = b[k]!;
    for (let j = k + 1; j < p; j++) s -= R[k]![j]! * theta[j]!;
    theta[k] = s / R[k]![k]!;
  }
  return { weights: theta.slice(1), bias: theta[0]! };
}
