/** Plain float64 mean Huber loss and its gradient with respect to the predictions. */
export function huberLoss(yTrue: number[], yPred: number[], delta: number): { loss: number; grad: number[] } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length) throw new Error('yTrue and yPred must be non-empty and of equal length');
  if (!(delta > 0) || !Number.isFinite(delta)) throw new Error('delta must be a finite number > 0');
  let loss = 0;
  const grad = yPred.map((p, i) => {
    const e = p - yTrue[i]!;
    const a = Math.abs(e);
    loss += a <= delta ? 0.5 * e * e : delta * a - 0.5 * delta * delta;
    return Math.min(Math.max(e, -delta), delta) / n;
  });
  return { loss: loss / n, grad };
}
