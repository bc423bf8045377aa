// expect: wrong_answer
// mistake: swaps the roles of the prior precision λ and the noise precision β
// caught-by: random 2
export function bayesLinReg(
  X: number[][], y: number[], lambda: number, beta: number, Xtest: number[][],
): { mean: number[]; cov: number[][]; predMean: number[]; predVar: number[] } {
  const p = X.length ? X[0]!.length : Xtest.length ? Xtest[0]!.length : 0;
  if (p === 0) throw new Error('no features');
  for (const r of [...X, ...Xtest]) { if (r.length !== p) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== X.length) throw new Error('target count');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!(lambda > 0) || !Number.isFinite(lambda) || !(beta > 0) || !Number.isFinite(beta)) throw new Error('lambda and beta must be > 0');

  // posterior precision S_N⁻¹ = λI + β XᵀX, inverted through Gauss–Jordan with partial pivoting
  const A = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => {
    let s = a === b ? beta : 0;
    for (const x of X) s += lambda * x[a]! * x[b]!;
    return s;
  }));
  const M = A.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < p; k++) {
    let piv = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[piv]![k]!)) piv = i;
    [M[k], M[piv]] = [M[piv]!, M[k]!];
    const d = M[k]![k]!;
    for (let j = 0; j < 2 * p; j++) M[k]![j] = M[k]![j]! / d;
    for (let i = 0; i < p; i++) {
      if (i === k) continue;
      const f = M[i]![k]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * p; j++) M[i]![j] = M[i]![j]! - f * M[k]![j]!;
    }
  }
  const cov = M.map((row) => row.slice(p));
  const xty = new Array<number>(p).fill(0);
  X.forEach((x, i) => { for (let a = 0; a < p; a++) xty[a] = xty[a]! + x[a]! * y[i]!; });
  const mean = cov.map((row) => lambda * row.reduce((s, v, b) => s + v * xty[b]!, 0));
  const predMean = Xtest.map((x) => x.reduce((s, v, j) => s + v * mean[j]!, 0));
  const predVar = Xtest.map((x) => {
    let q = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) q += x[a]! * cov[a]![b]! * x[b]!;
    return 1 / beta + q; // noise variance plus the uncertainty about w
  });
  return { mean, cov, predMean, predVar };
}
