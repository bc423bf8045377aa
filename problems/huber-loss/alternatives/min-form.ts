// alternative: writes the loss as q·(|e| − q/2) with q = min(|e|, δ) (TensorFlow's form) and the gradient as sign(e)·q/n
export function huberLoss(yTrue: number[], yPred: number[], delta: number): { loss: number; grad: number[] } {
  const n = yTrue.length;
  if (!n || n !== yPred.length || !(delta > 0) || delta === Infinity) throw new Error('bad input');
  let loss = 0;
  const grad = yPred.map((p, i) => {
    const e = p - yTrue[i];
    const q = Math.min(Math.abs(e), delta);
    loss += q * (Math.abs(e) - q / 2);
    return (Math.sign(e) * q) / n;
  });
  return { loss: loss / n, grad };
}
