// expect: wrong_answer
// mistake: uses the population covariance (divisor n) instead of the sample covariance (divisor n − 1)
// caught-by: correlated features
// Jacobi eigenvalues of a symmetric matrix (values only are needed for the trace).
function jacobi(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  const a = S.map((r) => r.slice());
  const V = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, tot = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { tot += a[i]![j]! ** 2; if (i !== j) off += a[i]![j]! ** 2; }
    if (off <= 1e-30 * tot || off === 0) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) {
      if (a[p]![q] === 0) continue;
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < n; k++) { const x = a[k]![p]!, y = a[k]![q]!; a[k]![p] = c * x - s * y; a[k]![q] = s * x + c * y; }
      for (let k = 0; k < n; k++) { const x = a[p]![k]!, y = a[q]![k]!; a[p]![k] = c * x - s * y; a[q]![k] = s * x + c * y; }
      for (let k = 0; k < n; k++) { const x = V[k]![p]!, y = V[k]![q]!; V[k]![p] = c * x - s * y; V[k]![q] = s * x + c * y; }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: V };
}

function stats(X: number[][]): [number[], number[][]] {
  const n = X.length, d = X[0]!.length;
  const mu = new Array<number>(d).fill(0);
  for (const row of X) row.forEach((v, j) => { mu[j]! += v / n; });
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of X) for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) C[a]![b]! += ((row[a]! - mu[a]!) * (row[b]! - mu[b]!)) / n;
  return [mu, C];
}

export function fid(featReal: number[][], featGen: number[][]): number {
  if (featReal.length < 2 || featGen.length < 2) throw new Error('need two rows per set');
  const d = featReal[0]!.length;
  for (const row of [...featReal, ...featGen]) if (d === 0 || row.length !== d || row.some((v) => !Number.isFinite(v))) throw new Error('bad features');
  const [m1, C1] = stats(featReal), [m2, C2] = stats(featGen);
  // C1^{1/2} = V diag(√λ) Vᵀ
  const e1 = jacobi(C1);
  const R = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => {
    let s = 0;
    for (let k = 0; k < d; k++) s += Math.sqrt(Math.max(e1.values[k]!, 0)) * e1.vectors[i]![k]! * e1.vectors[j]![k]!;
    return s;
  }));
  const mul = (A: number[][], B: number[][]) => A.map((row) => B[0]!.map((_, j) => row.reduce((s, v, k) => s + v * B[k]![j]!, 0)));
  const M = mul(mul(R, C2), R);
  const Ms = M.map((row, i) => row.map((v, j) => (v + M[j]![i]!) / 2));
  const tr = jacobi(Ms).values.reduce((s, v) => s + Math.sqrt(Math.max(v, 0)), 0);
  let out = 0;
  for (let j = 0; j < d; j++) out += (m1[j]! - m2[j]!) ** 2 + C1[j]![j]! + C2[j]![j]!;
  return Math.max(0, out - 2 * tr);
}
