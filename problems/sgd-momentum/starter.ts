export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  // TODO: v = momentum * v - lr * g; theta = theta + v; record theta after every step
  return [];
}
