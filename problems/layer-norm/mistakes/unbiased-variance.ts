// expect: wrong_answer
// mistake: unbiased variance (divides by d − 1) instead of the biased variance used by layer norm
// caught-by: two features
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((a, b) => a + b, 0) / d;
    const variance = d > 1 ? row.reduce((a, v) => a + (v - mu) ** 2, 0) / (d - 1) : 0;
    return row.map((v, j) => gamma[j]! * (v - mu) / Math.sqrt(variance + eps) + beta[j]!);
  });
}
