// expect: wrong_answer
// mistake: variance as E[x²] − E[x]², which cancels catastrophically for rows near 1e6
// caught-by: rows near 1e6 with small variations
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    let s = 0, s2 = 0;
    for (const v of row) { s += v; s2 += v * v; }
    const mu = s / d;
    const variance = Math.max(0, s2 / d - mu * mu);
    return row.map((v, j) => gamma[j]! * (v - mu) / Math.sqrt(variance + eps) + beta[j]!);
  });
}
