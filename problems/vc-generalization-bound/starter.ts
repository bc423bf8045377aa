export function vcBound(empRisk: number, vcDim: number, m: number, delta: number): number {
  // TODO: empirical risk plus the VC confidence term (natural logarithms); validate the inputs
  throw new Error('Not implemented');
}
