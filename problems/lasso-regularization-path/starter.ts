export function lassoPath(X: number[][], y: number[], alphas: number[], maxIter: number, tol: number): [number[][], number[], number] {
  // TODO: α_max from the centred data; for each alpha in order, coordinate descent warm-started from the previous solution
  return [alphas.map(() => X[0].map(() => 0)), alphas.map(() => 0), 0];
}
