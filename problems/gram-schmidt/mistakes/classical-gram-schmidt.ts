// expect: wrong_answer
// mistake: classical Gram–Schmidt: every coefficient is computed from the original row, which loses orthogonality on ill-conditioned input
// caught-by: nearly dependent rows
export function gramSchmidt(V: number[][]): number[][] {
  const k = V.length, n = k ? V[0].length : 0;
  if (!k || !n || k > n || V.some((r) => r.length !== n || r.some((x) => !Number.isFinite(x)))) throw new Error('bad matrix');
  const Q: number[][] = [];
  for (const v of V) {
    const coef = Q.map((q) => q.reduce((s, x, i) => s + x * v[i], 0));
    const u = v.map((x, i) => x - Q.reduce((s, q, j) => s + coef[j] * q[i], 0));
    const r = Math.hypot(...u);
    if (r === 0 || r < 1e-10 * Math.hypot(...v)) throw new Error('dependent');
    Q.push(u.map((x) => x / r));
  }
  return Q;
}
