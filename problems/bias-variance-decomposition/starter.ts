export function biasVariance(preds: number[][], fTrue: number[], noiseVar: number): { bias2: number; variance: number; mse: number; expectedError: number } {
  // TODO: average model f̄(x); bias² = mean (f̄ − f)²; variance = mean over points of the spread across models (divisor B)
  return { bias2: 0, variance: 0, mse: 0, expectedError: noiseVar };
}
