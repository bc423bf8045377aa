export function logisticPredict(
  X: number[][], beta0: number, beta: number[], threshold: number,
): { proba: number[]; logOdds: number[]; labels: number[]; oddsRatios: number[] } {
  for (const x of X) { if (x.length !== beta.length) throw new Error('width mismatch'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of [...beta, beta0]) if (!Number.isFinite(v)) throw new Error('non-finite coefficient');
  if (!(threshold >= 0 && threshold <= 1)) throw new Error('bad threshold');
  const logOdds = X.map((x) => {
    let z = beta0;
    for (let j = 0; j < beta.length; j++) z += beta[j]! * x[j]!;
    return z; // the log-odds are z itself; recomputing them from a saturated p loses them
  });
  // stable sigmoid: never evaluates exp of a large positive number
  const proba = logOdds.map((z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))));
  const labels = proba.map((p) => (p > threshold ? 1 : 0));
  return { proba, logOdds, labels, oddsRatios: beta.map((b) => Math.exp(b)) };
}
