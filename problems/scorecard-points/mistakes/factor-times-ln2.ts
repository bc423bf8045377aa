// expect: wrong_answer
// mistake: computes the factor as pdo × ln 2 instead of pdo / ln 2, so doubling the odds adds pdo·(ln 2)² points instead of pdo
// caught-by: default probability 2%
export function scorecard(probs: number[], scores: number[], pdo: number, baseOdds: number, baseScore: number): { probToScore: number[]; scoreToProb: number[] } {
  if (!Number.isFinite(pdo) || !Number.isFinite(baseOdds) || !Number.isFinite(baseScore) || pdo <= 0 || baseOdds <= 0) throw new Error('bad scaling');
  const factor = pdo * Math.log(2);
  const offset = baseScore - factor * Math.log(baseOdds);
  const probToScore = probs.map((p) => {
    if (!(p >= 0 && p <= 1)) throw new Error('probability out of range');
    if (p === 0) return 850;
    if (p === 1) return 300;
    const s = offset + factor * Math.log((1 - p) / p);
    return s < 300 ? 300 : s > 850 ? 850 : s;
  });
  const scoreToProb = scores.map((s) => {
    if (!Number.isFinite(s)) throw new Error('bad score');
    return 1 / (1 + Math.exp((s - offset) / factor));
  });
  return { probToScore, scoreToProb };
}
