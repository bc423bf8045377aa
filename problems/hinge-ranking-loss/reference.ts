/** Plain float64 summed hinge loss over ±1 labels and summed pairwise ranking hinge loss. */
export function hingeLosses(y: number[], scores: number[], pairs: number[][], itemScores: number[]): { hinge: number; ranking: number } {
  if (y.length !== scores.length) throw new Error('y and scores must have equal length');
  if (y.some((v) => v !== 1 && v !== -1)) throw new Error('labels must be +1 or -1');
  let hinge = 0;
  y.forEach((yi, i) => { hinge += Math.max(0, 1 - yi * scores[i]!); });
  let ranking = 0;
  for (const pair of pairs) {
    if (pair.length !== 2) throw new Error('every pair must have two indices');
    const [i, j] = pair as [number, number];
    for (const k of [i, j]) if (!Number.isInteger(k) || k < 0 || k >= itemScores.length) throw new Error(`item index ${k} is out of range`);
    ranking += Math.max(0, 1 - (itemScores[i]! - itemScores[j]!));
  }
  return { hinge, ranking };
}
