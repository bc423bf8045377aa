function cholesky(A: number[][]): number[][] {
  const n = A.length;
  let maxDiag = 0;
  for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, Math.abs(A[i]![i]!));
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let s = A[j]![j]!;
    for (let k = 0; k < j; k++) s -= L[j]![k]! * L[j]![k]!;
    if (!(s > n * Number.EPSILON * maxDiag)) throw new Error('covariance is not positive definite');
    L[j]![j] = Math.sqrt(s);
    for (let i = j + 1; i < n; i++) {
      let t = A[i]![j]!;
      for (let k = 0; k < j; k++) t -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = t / L[j]![j]!;
    }
  }
  return L;
}

export function gmmEStep(X: number[][], weights: number[], means: number[][], covs: number[][][]): { resp: number[][]; logLik: number } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of X) {
    if (x.length !== d) throw new Error('ragged X');
    for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite X');
  }
  const K = weights.length;
  if (K === 0 || means.length !== K || covs.length !== K) throw new Error('component count mismatch');
  let wsum = 0;
  for (const w of weights) { if (!(w >= 0) || !Number.isFinite(w)) throw new Error('bad weight'); wsum += w; }
  if (Math.abs(wsum - 1) > 1e-9) throw new Error('weights must sum to 1');
  const Ls = covs.map((S, k) => {
    if (means[k]!.length !== d) throw new Error('mean width');
    for (const v of means[k]!) if (!Number.isFinite(v)) throw new Error('non-finite mean');
    if (S.length !== d || S.some((r) => r.length !== d)) throw new Error('covariance shape');
    let max = 0;
    for (const r of S) for (const v of r) { if (!Number.isFinite(v)) throw new Error('non-finite covariance'); max = Math.max(max, Math.abs(v)); }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) if (Math.abs(S[i]![j]! - S[j]![i]!) > 1e-12 * max) throw new Error('asymmetric covariance');
    return cholesky(S);
  });
  const logDets = Ls.map((L) => { let s = 0; for (let j = 0; j < d; j++) s += 2 * Math.log(L[j]![j]!); return s; });
  const c = d * Math.log(2 * Math.PI);

  let logLik = 0;
  const resp = X.map((x) => {
    const l = new Array<number>(K);
    for (let k = 0; k < K; k++) {
      if (weights[k] === 0) { l[k] = -Infinity; continue; }
      // Mahalanobis term via forward substitution L z = x − μ
      const L = Ls[k]!;
      const z = new Array<number>(d).fill(0);
      let q = 0;
      for (let i = 0; i < d; i++) {
        let s = x[i]! - means[k]![i]!;
        for (let j = 0; j < i; j++) s -= L[i]![j]! * z[j]!;
        z[i] = s / L[i]![i]!;
        q += z[i]! * z[i]!;
      }
      l[k] = Math.log(weights[k]!) - 0.5 * (c + logDets[k]! + q);
    }
    let m = -Infinity;
    for (const v of l) if (v > m) m = v;
    let s = 0;
    for (const v of l) s += Math.exp(v - m);
    const lse = m + Math.log(s);
    logLik += lse;
    return l.map((v) => Math.exp(v - lse));
  });
  return { resp, logLik };
}
