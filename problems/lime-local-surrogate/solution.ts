export function limeExplain(
  Z: number[][], fz: number[], x: number[], kernelWidth: number, ridge: number,
): { intercept: number; weights: number[]; sampleWeights: number[]; score: number } {
  const n = Z.length, p = x.length;
  if (n === 0 || p === 0 || Z.some((r) => r.length !== p) || fz.length !== n) throw new Error('shape');
  if (!(kernelWidth > 0) || !(ridge >= 0) || ![...Z.flat(), ...fz, ...x].every(Number.isFinite)) throw new Error('bad input');

  const pi = Z.map((z) => Math.exp(-z.reduce((s, v, j) => s + (v - x[j]) ** 2, 0) / kernelWidth ** 2));
  const W = pi.reduce((s, v) => s + v, 0);
  if (W === 0) throw new Error('all weights are zero');
  // centring with the weighted means removes the (unpenalised) intercept from the system
  const zbar = x.map((_, j) => Z.reduce((s, z, i) => s + pi[i] * z[j], 0) / W);
  const fbar = fz.reduce((s, f, i) => s + pi[i] * f, 0) / W;
  const A = x.map((_, j) => x.map((_, k) => Z.reduce((s, z, i) => s + pi[i] * (z[j] - zbar[j]) * (z[k] - zbar[k]), 0) + (j === k ? ridge : 0)));
  const rhs = x.map((_, j) => Z.reduce((s, z, i) => s + pi[i] * (z[j] - zbar[j]) * (fz[i] - fbar), 0));

  // Gaussian elimination with partial pivoting
  const M = A.map((row, j) => [...row, rhs[j]]);
  const big = Math.max(...A.flat().map(Math.abs));
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    if (!(Math.abs(M[piv][c]) > 1e-12 * big)) throw new Error('singular system');
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = c + 1; r < p; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= p; k++) M[r][k] -= f * M[c][k];
    }
  }
  const w = new Array(p).fill(0);
  for (let c = p - 1; c >= 0; c--) {
    let s = M[c][p];
    for (let k = c + 1; k < p; k++) s -= M[c][k] * w[k];
    w[c] = s / M[c][c];
  }
  const b = fbar - w.reduce((s, wj, j) => s + wj * zbar[j], 0);
  const res = Z.reduce((s, z, i) => s + pi[i] * (fz[i] - b - z.reduce((t, v, j) => t + v * w[j], 0)) ** 2, 0);
  const tot = fz.reduce((s, f, i) => s + pi[i] * (f - fbar) ** 2, 0);
  return { intercept: b, weights: w, sampleWeights: pi, score: tot > 0 ? 1 - res / tot : 1 };
}
