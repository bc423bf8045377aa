// expect: wrong_answer
// mistake: accepts 0/1 labels and maps 0 to −1 silently, instead of rejecting them
// caught-by: labels 0/1 throw
export function hingeLosses(y: number[], scores: number[], pairs: number[][], itemScores: number[]): { hinge: number; ranking: number } {
  if (y.length !== scores.length) throw new Error('bad lengths');
  let hinge = 0;
  for (let i = 0; i < y.length; i++) {
    const label = y[i] === 0 ? -1 : y[i];
    hinge += Math.max(0, 1 - label * scores[i]);
  }
  let ranking = 0;
  for (const [i, j] of pairs) {
    if (!(i in itemScores) || !(j in itemScores) || !Number.isInteger(i) || !Number.isInteger(j)) throw new Error('pair index out of range');
    ranking += Math.max(0, 1 - (itemScores[i] - itemScores[j])); // i should outscore j by at least 1
  }
  return { hinge, ranking };
}
