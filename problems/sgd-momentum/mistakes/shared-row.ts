// expect: wrong_answer
// mistake: pushes the same mutable array every step, so every recorded row shows the final parameters
// caught-by: momentum 0 is plain SGD
export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  const theta = theta0.slice();
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      v[j] = momentum * v[j] - lr * g[j];
      theta[j] += v[j];
    }
    out.push(theta);
  }
  return out;
}
