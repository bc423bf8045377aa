// expect: wrong_answer
// mistake: plugs the unbiased RSS/(n − d − 1) into the likelihood instead of the maximum-likelihood RSS/n
// caught-by: a cubic trend
// Least squares by Householder QR on the Vandermonde matrix of a rescaled x.
function rss(z: number[], y: number[], d: number): number {
  const n = z.length, m = d + 1;
  const A = z.map((v) => Array.from({ length: m }, (_, j) => v ** j));
  const b = y.slice();
  for (let c = 0; c < m; c++) {
    let norm = 0;
    for (let i = c; i < n; i++) norm += A[i]![c]! ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = A[c]![c]! > 0 ? -norm : norm;
    const v = A.slice(c).map((row) => row[c]!);
    v[0]! -= alpha;
    const vv = v.reduce((s, t) => s + t * t, 0);
    if (vv === 0) continue;
    for (let j = c; j < m; j++) {
      let s = 0;
      for (let i = c; i < n; i++) s += v[i - c]! * A[i]![j]!;
      for (let i = c; i < n; i++) A[i]![j]! -= (2 * s / vv) * v[i - c]!;
    }
    let s = 0;
    for (let i = c; i < n; i++) s += v[i - c]! * b[i]!;
    for (let i = c; i < n; i++) b[i]! -= (2 * s / vv) * v[i - c]!;
  }
  // the residual sum of squares is the squared tail of Qᵀy
  let r = 0;
  for (let i = m; i < n; i++) r += b[i]! ** 2;
  return r;
}

export function bicPolySelect(x: number[], y: number[], maxDegree: number): { bic: number[]; bestDegree: number } {
  const n = x.length;
  if (n === 0 || y.length !== n) throw new Error('length mismatch');
  if (x.some((v) => !Number.isFinite(v)) || y.some((v) => !Number.isFinite(v))) throw new Error('non-finite data');
  if (!Number.isInteger(maxDegree) || maxDegree < 0) throw new Error('bad maxDegree');
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
  const z = x.map((v) => (v - mean) / sd);
  const bic: number[] = [];
  let best = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const k = d + 2;
    if (n <= k) { bic.push(Infinity); continue; }
    const s2 = rss(z, y, d) / (n - d - 1);
    bic.push(k * Math.log(n) + n * (Math.log(2 * Math.PI * s2) + 1));
    if (bic[d]! < bic[best]!) best = d;
  }
  return { bic, bestDegree: best };
}
