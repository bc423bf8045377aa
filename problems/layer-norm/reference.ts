/**
 * Plain TS float64 reference (two-pass mean/variance).
 * Not TF.js: float32 cannot normalize rows near 1e6 to within a tenth of rtol 1e-5
 * (tests/unit/problems/layer-norm.test.ts pins that, and cross-checks tfjs on moderate data).
 */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row, i) => {
    const d = row.length;
    if (d !== gamma.length || d !== beta.length) throw new Error(`layerNorm: row ${i} has ${d} features, gamma/beta have ${gamma.length}/${beta.length}`);
    let mu = 0;
    for (const v of row) mu += v;
    mu /= d;
    let s2 = 0;
    for (const v of row) s2 += (v - mu) * (v - mu);
    const inv = 1 / Math.sqrt(s2 / d + eps);
    return row.map((v, j) => gamma[j]! * ((v - mu) * inv) + beta[j]!);
  });
}
