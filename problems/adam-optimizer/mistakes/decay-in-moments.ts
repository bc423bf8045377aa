// expect: wrong_answer
// mistake: treats AdamW like Adam with L2: always adds weightDecay*theta to the gradient, so the decay is rescaled by the moments
// caught-by: zero gradients with decoupled decay
export function adamSteps(theta0: number[], grads: number[][], lr: number, beta1: number, beta2: number, eps: number, weightDecay: number, decoupled: boolean): number[][] {
  const theta = theta0.slice();
  const m = theta0.map(() => 0), v = theta0.map(() => 0);
  const out: number[][] = [];
  let t = 0;
  for (const g of grads) {
    t++;
    for (let j = 0; j < theta.length; j++) {
      const gj = g[j] + weightDecay * theta[j];
      m[j] = beta1 * m[j] + (1 - beta1) * gj;
      v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
      const mh = m[j] / (1 - beta1 ** t), vh = v[j] / (1 - beta2 ** t);
      theta[j] -= (lr * mh) / (Math.sqrt(vh) + eps);
    }
    out.push(theta.slice());
  }
  return out;
}
