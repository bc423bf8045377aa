/**
 * Plain TS float64 reference (closed form). TF.js (tf.grads through tf.moments + tf.batchNorm) is
 * the cross-check in tests/unit/problems/batchnorm-backward.test.ts; it is not used for expected
 * values because float32 loses about 4 digits on inputs near 1e3, more than a tenth of rtol 1e-4.
 *
 *   dβ = Σ_i dy_i,  dγ = Σ_i dy_i x̂_i,
 *   dx_i = γ / (m √(σ²+ε)) · (m dy_i − Σ_j dy_j − x̂_i Σ_j dy_j x̂_j)
 */
export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const m = x.length;
  if (m === 0) throw new Error('batchNormBackward: empty batch');
  const d = gamma.length;
  if (dY.length !== m) throw new Error('batchNormBackward: dY must have the shape of x');
  x.forEach((row, i) => {
    if (row.length !== d || dY[i]!.length !== d) throw new Error(`batchNormBackward: row ${i} has the wrong width`);
  });
  const dX = Array.from({ length: m }, () => new Array<number>(d).fill(0));
  const dGamma = new Array<number>(d).fill(0);
  const dBeta = new Array<number>(d).fill(0);
  for (let j = 0; j < d; j++) {
    let mu = 0;
    for (let i = 0; i < m; i++) mu += x[i]![j]!;
    mu /= m;
    let v = 0;
    for (let i = 0; i < m; i++) v += (x[i]![j]! - mu) ** 2;
    v /= m;
    const invStd = 1 / Math.sqrt(v + eps);
    const xhat = x.map((row) => (row[j]! - mu) * invStd);
    let sumDy = 0, sumDyXhat = 0;
    for (let i = 0; i < m; i++) {
      sumDy += dY[i]![j]!;
      sumDyXhat += dY[i]![j]! * xhat[i]!;
    }
    dBeta[j] = sumDy;
    dGamma[j] = sumDyXhat;
    const k = (gamma[j]! * invStd) / m;
    for (let i = 0; i < m; i++) dX[i]![j] = k * (m * dY[i]![j]! - sumDy - xhat[i]! * sumDyXhat);
  }
  return { dX, dGamma, dBeta };
}
