// expect: wrong_answer
// mistake: adds eps to the standard deviation, (x − μ)/(σ + ε), instead of inside the square root
// caught-by: small variance: eps inside the root
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, v) => a + (v - mu) ** 2, 0) / d;
    return row.map((v, j) => gamma[j]! * (v - mu) / (Math.sqrt(variance) + eps) + beta[j]!);
  });
}
