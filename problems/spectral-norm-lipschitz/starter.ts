export function spectralNorm(W: number[][], u0: number[], iters: number): number {
  // TODO: normalize u0, then iters steps of v ← WᵀWv / ‖WᵀWv‖; return ‖Wv‖
  throw new Error('Not implemented');
}
