// expect: wrong_answer
// mistake: moves theta with the previous velocity before folding in the new gradient
// caught-by: zero gradients after a kick
export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  const theta = theta0.slice();
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      theta[j] += v[j];
      v[j] = momentum * v[j] - lr * g[j];
    }
    out.push(theta.slice());
  }
  return out;
}
