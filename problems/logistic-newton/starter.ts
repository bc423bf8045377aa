export function logisticNewton(X: number[][], y: number[], theta0: number[], l2: number, iters: number): { grad: number[]; hessian: number[][]; thetas: number[][] } {
  // TODO: gradient and Hessian of the penalised mean log-loss, then theta <- theta - H^{-1} g, iters times
  const p = theta0.length;
  return { grad: new Array(p).fill(0), hessian: Array.from({ length: p }, () => new Array(p).fill(0)), thetas: [] };
}
