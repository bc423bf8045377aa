export function adamSteps(theta0: number[], grads: number[][], lr: number, beta1: number, beta2: number, eps: number, weightDecay: number, decoupled: boolean): number[][] {
  // TODO: moments, bias correction (t starts at 1), and the two weight-decay modes
  return grads.map(() => theta0.slice());
}
