// expect: wrong_answer
// mistake: subtracts the intercept (f = Σ αy K − b), mixing up the sign convention
// caught-by: no support vectors: the intercept decides
export function svmDecision(
  SV: number[][], dualCoef: number[][], intercept: number[], X: number[][],
  kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number, coef0: number, degree: number,
): { scores: number[][]; labels: number[] } {
  if (kernel !== 'linear' && kernel !== 'poly' && kernel !== 'rbf' && kernel !== 'sigmoid') throw new Error('unknown kernel');
  const C = intercept.length;
  if (C === 0 || dualCoef.length !== C) throw new Error('machine count mismatch');
  for (const row of dualCoef) if (row.length !== SV.length) throw new Error('dual coefficient count');
  const all = SV.concat(X);
  const d = all.length ? all[0]!.length : 0;
  for (const r of all) { if (r.length !== d) throw new Error('width mismatch'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of intercept.concat(...dualCoef)) if (!Number.isFinite(v)) throw new Error('non-finite');
  if (!(gamma > 0) || !Number.isFinite(gamma)) throw new Error('bad gamma');
  if (!Number.isFinite(coef0)) throw new Error('bad coef0');
  if (!Number.isInteger(degree) || degree < 0) throw new Error('bad degree');

  const k = (a: number[], b: number[]): number => {
    let s = 0;
    if (kernel === 'rbf') { for (let j = 0; j < d; j++) s += (a[j]! - b[j]!) ** 2; return Math.exp(-gamma * s); }
    for (let j = 0; j < d; j++) s += a[j]! * b[j]!;
    if (kernel === 'linear') return s;
    if (kernel === 'poly') return Math.pow(gamma * s + coef0, degree);
    return Math.tanh(gamma * s + coef0);
  };
  const scores = X.map((x) => {
    const kv = SV.map((s) => k(s, x));
    // f_c(x) = Σ_i (α_i y_i)_c K(sv_i, x) + b_c
    return intercept.map((b, c) => {
      let f = -b;
      for (let i = 0; i < SV.length; i++) f += dualCoef[c]![i]! * kv[i]!;
      return f;
    });
  });
  const labels = scores.map((f) => {
    if (C === 1) return f[0]! > 0 ? 1 : -1;
    let best = 0;
    for (let c = 1; c < C; c++) if (f[c]! > f[best]!) best = c;
    return best;
  });
  return { scores, labels };
}
