export function olsFit(X: number[][], y: number[]): number[] {
  const m = X.length, n = m ? X[0].length : 0;
  if (!m || !n || X.some((r) => r.length !== n) || y.length !== m || y.some((v) => !Number.isFinite(v))) throw new Error('bad shapes');
  if (m < n) throw new Error('underdetermined');
  // Householder QR on a copy, applying each reflector to b = y as we go
  const A = X.map((r) => [...r]);
  const b = [...y];
  for (let c = 0; c < n; c++) {
    let norm = 0;
    for (let i = c; i < m; i++) norm += A[i][c] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = A[c][c] > 0 ? -norm : norm;
    const v: number[] = [];
    for (let i = c; i < m; i++) v.push(A[i][c]);
    v[0] -= alpha;
    const vv = v.reduce((s, t) => s + t * t, 0);
    if (vv === 0) continue;
    for (let j = c; j < n; j++) {
      let d = 0;
      for (let i = c; i < m; i++) d += v[i - c] * A[i][j];
      const f = (2 * d) / vv;
      for (let i = c; i < m; i++) A[i][j] -= f * v[i - c];
    }
    let d = 0;
    for (let i = c; i < m; i++) d += v[i - c] * b[i];
    const f = (2 * d) / vv;
    for (let i = c; i < m; i++) b[i] -= f * v[i - c];
  }
  let scale = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) scale = Math.max(scale, Math.abs(A[i][j]));
  for (let j = 0; j < n; j++) if (!(Math.abs(A[j][j]) >= 1e-12 * scale)) throw new Error('rank-deficient');
  const theta = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < n; k++) s -= A[i][k] * theta[k];
    theta[i] = s / A[i][i];
  }
  return theta;
}
