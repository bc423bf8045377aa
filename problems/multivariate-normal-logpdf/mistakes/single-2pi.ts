// expect: wrong_answer
// mistake: uses log(2π) once instead of k·log(2π) in the normalising constant
// caught-by: correlated pair
export function mvnLogPdf(X: number[][], mu: number[], Sigma: number[][]): number[] {
  const k = mu.length;
  if (k === 0 || Sigma.length !== k) throw new Error('dimension mismatch');
  let scale = 0;
  for (const row of Sigma) {
    if (row.length !== k) throw new Error('Sigma must be square');
    for (const v of row) {
      if (!Number.isFinite(v)) throw new Error('non-finite Sigma');
      scale = Math.max(scale, Math.abs(v));
    }
  }
  if (mu.some((v) => !Number.isFinite(v))) throw new Error('non-finite mu');
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (Math.abs(Sigma[i]![j]! - Sigma[j]![i]!) > 1e-12 * scale) throw new Error('not symmetric');
  // Cholesky: Sigma = L Lᵀ
  const L = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let d = Sigma[j]![j]!;
    for (let p = 0; p < j; p++) d -= L[j]![p]! ** 2;
    if (!(d > 1e-14 * scale)) throw new Error('Sigma is not positive definite');
    L[j]![j] = Math.sqrt(d);
    for (let i = j + 1; i < k; i++) {
      let s = Sigma[i]![j]!;
      for (let p = 0; p < j; p++) s -= L[i]![p]! * L[j]![p]!;
      L[i]![j] = s / L[j]![j]!;
    }
  }
  let halfLogDet = 0;
  for (let i = 0; i < k; i++) halfLogDet += Math.log(L[i]![i]!);
  return X.map((x) => {
    if (x.length !== k || x.some((v) => !Number.isFinite(v))) throw new Error('bad row');
    // forward substitution L z = x − mu
    const z = new Array<number>(k);
    let quad = 0;
    for (let i = 0; i < k; i++) {
      let s = x[i]! - mu[i]!;
      for (let p = 0; p < i; p++) s -= L[i]![p]! * z[p]!;
      z[i] = s / L[i]![i]!;
      quad += z[i]! * z[i]!;
    }
    return -0.5 * Math.log(2 * Math.PI) - halfLogDet - 0.5 * quad;
  });
}
