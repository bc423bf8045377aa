export function diffInDiff(y: number[], treated: number[], post: number[]): { did: number; beta: number[] } {
  // TODO: the four cell means, the DiD, and the coefficients [α, β1, β2, β3] of the saturated regression
  return { did: 0, beta: [0, 0, 0, 0] };
}
