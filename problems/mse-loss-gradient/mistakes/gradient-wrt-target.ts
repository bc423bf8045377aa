// expect: wrong_answer
// mistake: differentiates (y − ŷ)² with respect to y instead of ŷ, flipping the sign of the gradient
// caught-by: random 1
export function mseLossAndGrad(yTrue: number[][], yPred: number[][]): { loss: number; grad: number[][] } {
  const n = yTrue.length, k = yTrue[0]?.length ?? 0;
  if (n === 0 || k === 0 || yPred.length !== n) throw new Error('shape mismatch');
  const count = n * k; // the mean runs over every entry, not just over the rows
  let sum = 0;
  const grad: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (yTrue[i].length !== k || yPred[i].length !== k) throw new Error('shape mismatch');
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      const e = yPred[i][j] - yTrue[i][j];
      sum += e * e;
      row.push((-2 * e) / count);
    }
    grad.push(row);
  }
  return { loss: sum / count, grad };
}
