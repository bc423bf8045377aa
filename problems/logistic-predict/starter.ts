export function logisticPredict(
  X: number[][], beta0: number, beta: number[], threshold: number,
): { proba: number[]; logOdds: number[]; labels: number[]; oddsRatios: number[] } {
  // TODO: z = beta0 + x·beta, p = sigmoid(z), label = p > threshold, odds ratios e^beta
  return { proba: X.map(() => 0.5), logOdds: X.map(() => 0), labels: X.map(() => 0), oddsRatios: beta.map(() => 1) };
}
