// expect: wrong_answer
// mistake: computes the spread as E[h²] − E[h]², which cancels catastrophically for predictions around 10⁶
// caught-by: predictions around one million
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
      variance += preds[b]![i]! ** 2 - (b === 0 ? B * avg[i]! ** 2 : 0);
      mse += (preds[b]![i]! - fTrue[i]!) ** 2;
    }
  }
  bias2 /= m;
  variance /= m * B;
  mse /= m * B;
  return { bias2, variance, mse, expectedError: mse + noiseVar };
}
