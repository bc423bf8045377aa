// expect: wrong_answer
// mistake: takes √σ̂² · [(XᵀX)⁻¹]_jj instead of √(σ̂² · [(XᵀX)⁻¹]_jj)
// caught-by: two features
function invert(M: number[][]): number[][] {
  const n = M.length;
  const A = M.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  let scale = 0;
  for (const row of M) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    if (Math.abs(A[p]![c]!) <= 1e-12 * scale) throw new Error('rank-deficient design');
    [A[c], A[p]] = [A[p]!, A[c]!];
    const piv = A[c]![c]!;
    for (let j = 0; j < 2 * n; j++) A[c]![j]! /= piv;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = A[r]![c]!;
      if (f !== 0) for (let j = 0; j < 2 * n; j++) A[r]![j]! -= f * A[c]![j]!;
    }
  }
  return A.map((row) => row.slice(n));
}

export function olsInference(X: number[][], y: number[], tCrit: number): number[][] {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('shape mismatch');
  const p = X[0]!.length;
  for (const row of X) if (row.length !== p || row.some((v) => !Number.isFinite(v))) throw new Error('bad X');
  if (y.some((v) => !Number.isFinite(v)) || !(tCrit > 0) || !Number.isFinite(tCrit)) throw new Error('bad input');
  const k = p + 1;
  if (n - k < 1) throw new Error('not enough degrees of freedom');
  // centre the features: the intercept's column is then orthogonal to the rest, which keeps XᵀX well conditioned
  const means = Array.from({ length: p }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const Z = X.map((row) => row.map((v, j) => v - means[j]!));
  const ybar = y.reduce((s, v) => s + v, 0) / n;
  const ZtZ = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => Z.reduce((s, row) => s + row[a]! * row[b]!, 0)));
  const Zty = Array.from({ length: p }, (_, a) => Z.reduce((s, row, i) => s + row[a]! * (y[i]! - ybar), 0));
  const S = p > 0 ? invert(ZtZ) : [];
  const slopes = S.map((row) => row.reduce((s, v, b) => s + v * Zty[b]!, 0));
  const intercept = ybar - slopes.reduce((s, b, j) => s + b * means[j]!, 0);
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (y[i]! - intercept - X[i]!.reduce((s, v, j) => s + v * slopes[j]!, 0)) ** 2;
  const s2 = rss / (n - k);
  // Var(intercept) = s²(1/n + x̄ᵀ S x̄), Var(slope_j) = s² S_jj
  let quad = 0;
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) quad += means[a]! * S[a]![b]! * means[b]!;
  const se = [Math.sqrt(s2) * (1 / n + quad), ...slopes.map((_, j) => Math.sqrt(s2) * S[j]![j]!)];
  const beta = [intercept, ...slopes];
  const t = beta.map((b, j) => b / se[j]!);
  return [beta, se, t, beta.map((b, j) => b - tCrit * se[j]!), beta.map((b, j) => b + tCrit * se[j]!)];
}
