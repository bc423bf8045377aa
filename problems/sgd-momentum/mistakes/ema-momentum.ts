// expect: wrong_answer
// mistake: uses the moving-average convention v = mu*v + (1-mu)*g, theta -= lr*v, so steps are (1-mu) times too small
// caught-by: single step
export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  const theta = theta0.slice();
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (const g of grads) {
    for (let j = 0; j < theta.length; j++) {
      v[j] = momentum * v[j] + (1 - momentum) * g[j];
      theta[j] -= lr * v[j];
    }
    out.push(theta.slice());
  }
  return out;
}
