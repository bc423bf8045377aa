export function zTest(x: number[], mu0: number, sigma: number, alpha: number): { z: number; pTwoSided: number; pGreater: number; pLess: number; reject: number } {
  // TODO: z = (x̄ − μ0) / (σ/√n); p-values from the normal tails (accurate even when tiny); reject if p < α
  return { z: 0, pTwoSided: 1, pGreater: 0.5, pLess: 0.5, reject: 0 };
}
