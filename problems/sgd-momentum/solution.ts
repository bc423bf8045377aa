export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  let theta = [...theta0];
  let vel = theta0.map(() => 0);
  const history: number[][] = [];
  for (let t = 0; t < grads.length; t++) {
    const g = grads[t];
    vel = vel.map((vj, j) => momentum * vj - lr * g[j]);
    theta = theta.map((th, j) => th + vel[j]);
    history.push(theta);
  }
  return history;
}
