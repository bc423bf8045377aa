// Reference: plain float64 TypeScript (centring + Cholesky); tfjs has no solver.
export function ridgeFit(X: number[][], y: number[], alpha: number): { weights: number[]; bias: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must have the same non-zero length');
  if (!(alpha >= 0)) throw new Error('alpha must be >= 0');
  const d = X[0]!.length;
  const xm = Array.from({ length: d }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
  const ym = y.reduce((s, v) => s + v, 0) / n;
  const Xc = X.map((r) => r.map((v, j) => v - xm[j]!));
  const yc = y.map((v) => v - ym);
  const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => Xc.reduce((s, r) => s + r[a]! * r[b]!, 0) + (a === b ? alpha : 0)));
  const rhs = Array.from({ length: d }, (_, a) => Xc.reduce((s, r, i) => s + r[a]! * yc[i]!, 0));
  const maxDiag = Math.max(...A.map((r, i) => r[i]!), 1e-300);
  const L = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    let s = A[j]![j]!;
    for (let k = 0; k < j; k++) s -= L[j]![k]! ** 2;
    if (!(s > 1e-11 * maxDiag)) throw new Error('singular system: alpha = 0 with linearly dependent (centred) features');
    L[j]![j] = Math.sqrt(s);
    for (let i = j + 1; i < d; i++) {
      let t = A[i]![j]!;
      for (let k = 0; k < j; k++) t -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = t / L[j]![j]!;
    }
  }
  const z = new Array<number>(d).fill(0);
  for (let i = 0; i < d; i++) {
    let s = rhs[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * z[k]!;
    z[i] = s / L[i]![i]!;
  }
  const w = new Array<number>(d).fill(0);
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < d; k++) s -= L[k]![i]! * w[k]!;
    w[i] = s / L[i]![i]!;
  }
  const bias = ym - xm.reduce((s, v, j) => s + v * w[j]!, 0);
  return { weights: w, bias };
}
