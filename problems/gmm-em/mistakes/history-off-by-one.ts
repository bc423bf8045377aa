// expect: wrong_answer
// mistake: records each iteration's log-likelihood one iteration late, so the history starts at the second E-step and misses its first entry
// caught-by: two blobs in two dimensions, ten iterations
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

function checkMixture(d: number, w: number[], m: number[][], S: number[][][]): number[][][] {
  const K = w.length;
  if (K === 0 || m.length !== K || S.length !== K) throw new Error('component count mismatch');
  let sum = 0;
  for (const v of w) { if (!(v >= 0) || !Number.isFinite(v)) throw new Error('bad weight'); sum += v; }
  if (Math.abs(sum - 1) > 1e-9) throw new Error('weights must sum to 1');
  return S.map((C, k) => {
    if (m[k]!.length !== d || m[k]!.some((v) => !Number.isFinite(v))) throw new Error('bad mean');
    if (C.length !== d || C.some((r) => r.length !== d)) throw new Error('covariance shape');
    let max = 0;
    for (const r of C) for (const v of r) { if (!Number.isFinite(v)) throw new Error('non-finite covariance'); max = Math.max(max, Math.abs(v)); }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) if (Math.abs(C[i]![j]! - C[j]![i]!) > 1e-12 * max) throw new Error('asymmetric covariance');
    return cholesky(C);
  });
}

export function gmmEm(
  X: number[][], weights0: number[], means0: number[][], covs0: number[][][], nIter: number, regCovar: number,
): { weights: number[]; means: number[][]; covs: number[][][]; logLikHistory: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== d) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (!Number.isInteger(nIter) || nIter < 0) throw new Error('bad nIter');
  if (!(regCovar >= 0) || !Number.isFinite(regCovar)) throw new Error('bad regCovar');
  let w = weights0.slice();
  let mu = means0.map((m) => m.slice());
  let S = covs0.map((C) => C.map((r) => r.slice()));
  const K = w.length;
  const history: number[] = [];
  let ll = 0;
  for (let t = 0; t < nIter; t++) {
    // E-step in log space
    if (t > 0) history.push(ll);
    ll = 0;
    const Ls = checkMixture(d, w, mu, S);
    const logDet = Ls.map((L) => { let s = 0; for (let j = 0; j < d; j++) s += 2 * Math.log(L[j]![j]!); return s; });
      const R = X.map((x) => {
      const l = new Array<number>(K);
      for (let k = 0; k < K; k++) {
        if (w[k] === 0) { l[k] = -Infinity; continue; }
        const L = Ls[k]!, z = new Array<number>(d).fill(0);
        let q = 0;
        for (let i = 0; i < d; i++) {
          let s = x[i]! - mu[k]![i]!;
          for (let j = 0; j < i; j++) s -= L[i]![j]! * z[j]!;
          z[i] = s / L[i]![i]!;
          q += z[i]! * z[i]!;
        }
        l[k] = Math.log(w[k]!) - 0.5 * (d * Math.log(2 * Math.PI) + logDet[k]! + q);
      }
      const m = Math.max(...l);
      const lse = m + Math.log(l.reduce((s, v) => s + Math.exp(v - m), 0));
      ll += lse;
      return l.map((v) => Math.exp(v - lse));
    });
    // M-step
    const N = new Array<number>(K).fill(0);
    for (const r of R) for (let k = 0; k < K; k++) N[k] = N[k]! + r[k]!;
    w = N.map((v) => v / n);
    for (let k = 0; k < K; k++) {
      if (N[k]! < 1e-12) continue; // an empty component keeps its mean and covariance
      const m = new Array<number>(d).fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) m[j] = m[j]! + R[i]![k]! * X[i]![j]!;
      for (let j = 0; j < d; j++) m[j] = m[j]! / N[k]!;
      const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
      for (let i = 0; i < n; i++) {
        for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) C[a]![b] = C[a]![b]! + R[i]![k]! * (X[i]![a]! - m[a]!) * (X[i]![b]! - m[b]!);
      }
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) C[a]![b] = C[a]![b]! / N[k]! + (a === b ? regCovar : 0);
      mu[k] = m;
      S[k] = C;
    }
  }
  checkMixture(d, w, mu, S);
  return { weights: w, means: mu, covs: S, logLikHistory: history };
}
