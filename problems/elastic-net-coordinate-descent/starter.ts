export function elasticNetCD(X: number[][], y: number[], alpha: number, l1Ratio: number, maxIter: number, tol: number): { coef: number[]; intercept: number } {
  // TODO: centre, cyclic soft-threshold updates, stop on max |change| < tol, intercept = ybar - xbar·w
  const p = X[0]?.length ?? 0;
  return { coef: new Array(p).fill(0), intercept: 0 };
}
