// Reference: plain float64 TypeScript. Do NOT use tf.train.rmsprop: it puts eps inside the square root.
export function rmspropSteps(theta0: number[], grads: number[][], lr: number, decay: number, eps: number): number[][] {
  const p = theta0.length;
  const theta = theta0.slice();
  const s = new Array<number>(p).fill(0);
  const out: number[][] = [];
  for (const g of grads) {
    if (g.length !== p) throw new Error('gradient length does not match theta0');
    for (let j = 0; j < p; j++) {
      const gj = g[j]!;
      s[j] = decay * s[j]! + (1 - decay) * gj * gj;
      theta[j] = theta[j]! - (lr * gj) / (Math.sqrt(s[j]!) + eps);
    }
    out.push(theta.slice());
  }
  return out;
}
