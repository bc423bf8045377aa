export function normalPdf(x: number[], mu: number, sigma2: number): { pdf: number[]; logPdf: number[] } {
  // TODO: f = exp(−(x − μ)²/(2σ²)) / √(2πσ²) and log f computed directly (σ² is the variance)
  return { pdf: x.map(() => 0), logPdf: x.map(() => 0) };
}
