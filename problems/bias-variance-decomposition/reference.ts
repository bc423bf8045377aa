// Reference: plain float64 TypeScript, two passes per test point (deviations from the point's mean).

export function biasVariance(preds: number[][], fTrue: number[], noiseVar: number): { bias2: number; variance: number; mse: number; expectedError: number } {
  const B = preds.length, m = fTrue.length;
  if (B === 0 || m === 0) throw new Error('need at least one model and one test point');
  if (preds.some((row) => row.length !== m)) throw new Error('every model needs one prediction per test point');
  if ([...preds.flat(), ...fTrue].some((v) => !Number.isFinite(v))) throw new Error('predictions and targets must be finite');
  if (!(noiseVar >= 0) || !Number.isFinite(noiseVar)) throw new Error('noiseVar must be finite and ≥ 0');
  let bias2 = 0, variance = 0, mse = 0;
  for (let i = 0; i < m; i++) {
    let mean = 0;
    for (let b = 0; b < B; b++) mean += preds[b]![i]!;
    mean /= B;
    let v = 0, e = 0;
    for (let b = 0; b < B; b++) {
      v += (preds[b]![i]! - mean) ** 2;
      e += (preds[b]![i]! - fTrue[i]!) ** 2;
    }
    bias2 += (mean - fTrue[i]!) ** 2 / m;
    variance += v / B / m;
    mse += e / B / m;
  }
  return { bias2, variance, mse, expectedError: mse + noiseVar };
}
