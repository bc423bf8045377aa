export function scorecard(probs: number[], scores: number[], pdo: number, baseOdds: number, baseScore: number): { probToScore: number[]; scoreToProb: number[] } {
  // TODO: factor = pdo / ln 2, offset = baseScore − factor·ln(baseOdds); score = clip(offset + factor·ln((1 − p)/p), 300, 850)
  return { probToScore: probs.map(() => 600), scoreToProb: scores.map(() => 0.5) };
}
