// expect: wrong_answer
// mistake: drops eps ("it is tiny anyway"): a coordinate with zero gradient becomes 0/0 = NaN
// caught-by: zero gradient component stays put
export function rmspropSteps(theta0: number[], grads: number[][], lr: number, decay: number, eps: number): number[][] {
  const theta = theta0.slice();
  const s = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      s[j] = decay * s[j] + (1 - decay) * g[j] * g[j];
      theta[j] -= (lr * g[j]) / Math.sqrt(s[j]);
    }
    out.push(theta.slice());
  }
  return out;
}
