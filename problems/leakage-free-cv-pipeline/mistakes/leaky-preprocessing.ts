// expect: wrong_answer
// mistake: fits the imputer and the scaler on all rows before cross-validating, leaking validation statistics
// caught-by: a validation fold from a shifted population
export function pipelineCV(X: number[][], y: number[], folds: number[][], alpha: number): number[] {
  const n = X.length, d = n ? X[0].length : 0;
  if (!n || !d || X.some((r) => r.length !== d || r.some((v) => v === Infinity || v === -Infinity))) throw new Error('bad X');
  if (y.length !== n || y.some((v) => !Number.isFinite(v)) || !(alpha >= 0 && Number.isFinite(alpha)) || !folds.length) throw new Error('bad input');
  const out: number[] = [];
  for (const fold of folds) {
    if (!fold.length || new Set(fold).size !== fold.length || fold.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) throw new Error('bad fold');
    const val = new Set(fold);
    const tr = [...Array(n).keys()].filter((i) => !val.has(i));
    if (!tr.length) throw new Error('empty training set');
    const all = [...Array(n).keys()]; // statistics from every row (leaky)
    const fill: number[] = [];
    for (let j = 0; j < d; j++) {
      let s = 0, c = 0;
      for (const i of all) if (!Number.isNaN(X[i][j])) { s += X[i][j]; c++; }
      if (!c) throw new Error('column without observed training values');
      fill.push(s / c);
    }
    const imp = (r: number[]) => r.map((v, j) => (Number.isNaN(v) ? fill[j] : v));
    const A = tr.map((i) => imp(X[i]));
    const Aall = all.map((i) => imp(X[i]));
    const mu = fill.map((_, j) => Aall.reduce((s, r) => s + r[j], 0) / Aall.length);
    const sd = mu.map((m, j) => Math.sqrt(Aall.reduce((s, r) => s + (r[j] - m) ** 2, 0) / Aall.length) || 1);
    const tf = (r: number[]) => r.map((v, j) => (v - mu[j]) / sd[j]);
    const Z = A.map(tf);
    const yt = tr.map((i) => y[i]);
    const ym = yt.reduce((a, b) => a + b, 0) / yt.length;
    const zm = mu.map((_, j) => Z.reduce((s, r) => s + r[j], 0) / Z.length);
    // augmented system [ZcᵀZc + αI | Zcᵀyc], Gaussian elimination with partial pivoting
    const M = zm.map((_, a) => [...zm.map((_, b) => Z.reduce((s, r) => s + (r[a] - zm[a]) * (r[b] - zm[b]), 0) + (a === b ? alpha : 0)), Z.reduce((s, r, k) => s + (r[a] - zm[a]) * (yt[k] - ym), 0)]);
    for (let c = 0; c < d; c++) {
      let p = c;
      for (let i = c + 1; i < d; i++) if (Math.abs(M[i][c]) > Math.abs(M[p][c])) p = i;
      [M[c], M[p]] = [M[p], M[c]];
      if (Math.abs(M[c][c]) < 1e-12) throw new Error('singular ridge system');
      for (let i = c + 1; i < d; i++) { const f = M[i][c] / M[c][c]; for (let j = c; j <= d; j++) M[i][j] -= f * M[c][j]; }
    }
    const w = new Array<number>(d).fill(0);
    for (let i = d - 1; i >= 0; i--) { let s = M[i][d]; for (let j = i + 1; j < d; j++) s -= M[i][j] * w[j]; w[i] = s / M[i][i]; }
    const b = ym - zm.reduce((s, v, j) => s + v * w[j], 0);
    out.push(fold.reduce((s, i) => { const z = tf(imp(X[i])); return s + (y[i] - b - z.reduce((t, v, j) => t + v * w[j], 0)) ** 2; }, 0) / fold.length);
  }
  return out;
}
