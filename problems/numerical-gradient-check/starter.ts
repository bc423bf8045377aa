export function gradCheck(X: number[][], y: number[], theta: number[], h: number): { numeric: number[]; analytic: number[]; relError: number } {
  // TODO: central differences of the mean logistic loss, its analytic gradient, and their relative error
  return { numeric: theta.map(() => 0), analytic: theta.map(() => 0), relError: 0 };
}
