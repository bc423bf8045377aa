export function cltStandardize(samples: number[][], mu: number, sigma2: number): { z: number[]; coverage95: number; runningMean: number[] } {
  // TODO: Z = (Σx − nμ)/√(nσ²) per row, the share with |Z| ≤ 1.96, and the running mean of row 0
  return { z: samples.map(() => 0), coverage95: 1, runningMean: (samples[0] ?? []).map(() => 0) };
}
