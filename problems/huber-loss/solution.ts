export function huberLoss(yTrue: number[], yPred: number[], delta: number): { loss: number; grad: number[] } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length) throw new Error('bad lengths');
  if (!(delta > 0) || delta === Infinity) throw new Error('delta must be > 0');
  let loss = 0;
  const grad = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = yPred[i] - yTrue[i];
    const a = Math.abs(e);
    // quadratic near zero, linear beyond δ; the two pieces meet with equal value and slope at |e| = δ
    loss += a <= delta ? 0.5 * e * e : delta * (a - 0.5 * delta);
    grad[i] = (a <= delta ? e : delta * Math.sign(e)) / n;
  }
  return { loss: loss / n, grad };
}
