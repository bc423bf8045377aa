export function pcaReconstruct(X: number[][], mean: number[], components: number[][]): { scores: number[][]; reconstruction: number[][]; mse: number } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = mean.length;
  if (p === 0) throw new Error('empty mean');
  for (const r of [...X, ...components]) { if (r.length !== p) throw new Error('width mismatch'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of mean) if (!Number.isFinite(v)) throw new Error('non-finite mean');
  const k = components.length;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0; t < p; t++) s += components[i]![t]! * components[j]![t]!;
      if (Math.abs(s - (i === j ? 1 : 0)) > 1e-6) throw new Error('components must be orthonormal');
    }
  }
  const scores: number[][] = [];
  const reconstruction: number[][] = [];
  let se = 0;
  for (const x of X) {
    const z = components.map((v) => { let s = 0; for (let t = 0; t < p; t++) s += v[t]! * (x[t]! - mean[t]!); return s; }); // project the centred row
    const xh = mean.slice(); // inverse transform: mean + Σ z_j v_j
    for (let j = 0; j < k; j++) for (let t = 0; t < p; t++) xh[t] = xh[t]! + z[j]! * components[j]![t]!;
    for (let t = 0; t < p; t++) se += (x[t]! - xh[t]!) ** 2;
    scores.push(z);
    reconstruction.push(xh);
  }
  return { scores, reconstruction, mse: se / (n * p) };
}
