// Reference: plain float64 with a sigmoid that never overflows; log-odds come from z itself.
type Result = { proba: number[]; logOdds: number[]; labels: number[]; oddsRatios: number[] };

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function logisticPredict(X: number[][], beta0: number, beta: number[], threshold: number): Result {
  if (X.some((r) => r.length !== beta.length)) throw new Error('rows of X must have one value per coefficient');
  if ([...X.flat(), ...beta, beta0].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  if (!(threshold >= 0 && threshold <= 1)) throw new Error('threshold must lie in [0, 1]');
  const logOdds = X.map((x) => x.reduce((s, v, j) => s + v * beta[j]!, beta0));
  const proba = logOdds.map(sigmoid);
  return { proba, logOdds, labels: proba.map((p) => (p > threshold ? 1 : 0)), oddsRatios: beta.map(Math.exp) };
}
