export function mrfPartition(unary: number[][], edges: number[][], pairwise: number[][][]): { logZ: number; marginals: number[] } {
  // TODO: enumerate the 2ⁿ assignments, log Z by log-sum-exp of Σ log-potentials, and P(x_i = 1)
  return { logZ: 0, marginals: unary.map(() => 0.5) };
}
