// expect: wrong_answer
// mistake: skips the bias correction, so early steps are about (1-b1)/sqrt(1-b2) times the intended size
// caught-by: single step has size about lr
export function adamSteps(theta0: number[], grads: number[][], lr: number, beta1: number, beta2: number, eps: number, weightDecay: number, decoupled: boolean): number[][] {
  const theta = theta0.slice();
  const m = theta0.map(() => 0), v = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      let gj = g[j];
      if (decoupled) theta[j] *= 1 - lr * weightDecay; else gj += weightDecay * theta[j];
      m[j] = beta1 * m[j] + (1 - beta1) * gj;
      v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
      theta[j] -= (lr * m[j]) / (Math.sqrt(v[j]) + eps);
    }
    out.push(theta.slice());
  }
  return out;
}
