// Reference: plain float64 TypeScript.

export function scorecard(probs: number[], scores: number[], pdo: number, baseOdds: number, baseScore: number): { probToScore: number[]; scoreToProb: number[] } {
  if (!(pdo > 0) || !(baseOdds > 0) || ![pdo, baseOdds, baseScore].every(Number.isFinite)) throw new Error('pdo and baseOdds must be finite and > 0, baseScore finite');
  if (probs.some((p) => !(p >= 0 && p <= 1))) throw new Error('probabilities must lie in [0, 1]');
  if (scores.some((s) => !Number.isFinite(s))) throw new Error('scores must be finite');
  const factor = pdo / Math.LN2;
  const offset = baseScore - factor * Math.log(baseOdds);
  const probToScore = probs.map((p) => {
    const raw = offset + factor * Math.log((1 - p) / p); // p = 0 → +∞, p = 1 → −∞, both clipped
    return Math.min(850, Math.max(300, raw));
  });
  const scoreToProb = scores.map((s) => 1 / (1 + Math.exp((s - offset) / factor)));
  return { probToScore, scoreToProb };
}
