export function kernelMatrix(
  A: number[][], B: number[][], kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number | 'scale', coef0: number, degree: number,
): number[][] {
  if (kernel !== 'linear' && kernel !== 'poly' && kernel !== 'rbf' && kernel !== 'sigmoid') throw new Error('unknown kernel');
  if (A.length === 0) throw new Error('empty A');
  const d = A[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of [...A, ...B]) {
    if (r.length !== d) throw new Error('width mismatch');
    for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite value');
  }
  let g: number;
  if (gamma === 'scale') {
    // sklearn: 1 / (n_features · X.var()), the variance over every entry of the fit data A
    let mean = 0, cnt = 0;
    for (const r of A) for (const v of r) { mean += v; cnt++; }
    mean /= cnt;
    let v2 = 0;
    for (const r of A) for (const v of r) v2 += (v - mean) ** 2;
    const variance = v2 / cnt;
    g = variance === 0 ? 1 : 1 / (d * variance);
  } else {
    g = gamma;
  }
  if (!(typeof g === 'number' && g > 0 && Number.isFinite(g))) throw new Error('bad gamma');
  if (!Number.isFinite(coef0)) throw new Error('bad coef0');
  if (!Number.isInteger(degree) || degree < 0) throw new Error('bad degree');
  return A.map((a) => B.map((b) => {
    let s = 0;
    if (kernel === 'rbf') {
      for (let j = 0; j < d; j++) s += (a[j]! - b[j]!) ** 2;
      return Math.exp(-g * s);
    }
    for (let j = 0; j < d; j++) s += a[j]! * b[j]!;
    if (kernel === 'linear') return s;
    if (kernel === 'poly') return Math.pow(g * s + coef0, degree);
    return Math.tanh(g * s + coef0);
  }));
}
