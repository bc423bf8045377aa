export function rmspropSteps(theta0: number[], grads: number[][], lr: number, decay: number, eps: number): number[][] {
  // TODO: s = decay*s + (1-decay)*g^2; theta -= lr * g / (sqrt(s) + eps)
  return grads.map((g) => theta0.map((t, j) => t - lr * g[j]));
}
