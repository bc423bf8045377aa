// expect: wrong_answer
// mistake: reads a pair (i, j) as "j above i" and penalizes 1 − (s_j − s_i)
// caught-by: wrongly ordered pairs
export function hingeLosses(y: number[], scores: number[], pairs: number[][], itemScores: number[]): { hinge: number; ranking: number } {
  if (y.length !== scores.length) throw new Error('bad lengths');
  let hinge = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1 && y[i] !== -1) throw new Error('labels must be ±1');
    hinge += Math.max(0, 1 - y[i] * scores[i]);
  }
  let ranking = 0;
  for (const [i, j] of pairs) {
    if (!(i in itemScores) || !(j in itemScores) || !Number.isInteger(i) || !Number.isInteger(j)) throw new Error('pair index out of range');
    ranking += Math.max(0, 1 - (itemScores[j] - itemScores[i])); // i should outscore j by at least 1
  }
  return { hinge, ranking };
}
