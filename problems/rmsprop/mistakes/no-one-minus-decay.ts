// expect: wrong_answer
// mistake: accumulates s = decay*s + g^2 (forgets the (1 - decay) weight), shrinking every step
// caught-by: single step
export function rmspropSteps(theta0: number[], grads: number[][], lr: number, decay: number, eps: number): number[][] {
  const theta = theta0.slice();
  const s = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      s[j] = decay * s[j] + g[j] * g[j];
      theta[j] -= (lr * g[j]) / (Math.sqrt(s[j]) + eps);
    }
    out.push(theta.slice());
  }
  return out;
}
