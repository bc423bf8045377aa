export function valueIteration(P: number[][][], R: number[][], gamma: number, tol: number): { V: number[]; policy: number[]; iterations: number } {
  // TODO: synchronous Bellman optimality sweeps from V = 0 until max |change| < tol, then the greedy policy
  return { V: P.map(() => 0), policy: P.map(() => 0), iterations: 0 };
}
