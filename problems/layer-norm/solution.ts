export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const out: number[][] = [];
  for (const row of x) {
    const d = row.length;
    // Welford's online mean/variance: numerically stable without a second pass for the mean
    let mean = 0;
    let m2 = 0;
    for (let j = 0; j < d; j++) {
      const delta = row[j]! - mean;
      mean += delta / (j + 1);
      m2 += delta * (row[j]! - mean);
    }
    const std = Math.sqrt(m2 / d + eps);
    const y = new Array<number>(d);
    for (let j = 0; j < d; j++) y[j] = ((row[j]! - mean) / std) * gamma[j]! + beta[j]!;
    out.push(y);
  }
  return out;
}
