export function biasVariance(preds: number[][], fTrue: number[], noiseVar: number): { bias2: number; variance: number; mse: number; expectedError: number } {
  const B = preds.length, m = fTrue.length;
  if (B === 0 || m === 0 || preds.some((r) => r.length !== m)) throw new Error('shape mismatch');
  if (!Number.isFinite(noiseVar) || noiseVar < 0) throw new Error('bad noise variance');
  for (const r of preds) for (const v of r) if (!Number.isFinite(v)) throw new Error('bad prediction');
  for (const v of fTrue) if (!Number.isFinite(v)) throw new Error('bad target');
  const avg = fTrue.map((_, i) => preds.reduce((s, r) => s + r[i]!, 0) / B);
  let bias2 = 0, variance = 0, mse = 0;
  for (let i = 0; i < m; i++) {
    bias2 += (avg[i]! - fTrue[i]!) ** 2;
    for (let b = 0; b < B; b++) {
      variance += (preds[b]![i]! - avg[i]!) ** 2;
      mse += (preds[b]![i]! - fTrue[i]!) ** 2;
    }
  }
  bias2 /= m;
  variance /= m * B;
  mse /= m * B;
  return { bias2, variance, mse, expectedError: mse + noiseVar };
}
