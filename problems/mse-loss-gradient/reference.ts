/** Plain float64 mean squared error over all n·k entries and its gradient with respect to the predictions. */
export function mseLossAndGrad(yTrue: number[][], yPred: number[][]): { loss: number; grad: number[][] } {
  const n = yTrue.length;
  const k = yTrue[0]?.length ?? 0;
  if (n === 0 || k === 0) throw new Error('yTrue must be a non-empty n×k matrix');
  if (yTrue.some((r) => r.length !== k) || yPred.length !== n || yPred.some((r) => r.length !== k)) throw new Error(`yTrue and yPred must both be ${n}×${k}`);
  const count = n * k;
  let loss = 0;
  const grad = yPred.map((row, i) => row.map((p, j) => {
    const e = p - yTrue[i]![j]!;
    loss += e * e;
    return (2 * e) / count;
  }));
  return { loss: loss / count, grad };
}
