// expect: wrong_answer
// mistake: normalizes only the first vector and forgets to divide the later residuals by their norms
// caught-by: random 1
export function gramSchmidt(V: number[][]): number[][] {
  const k = V.length, n = k ? V[0].length : 0;
  if (!k || !n || k > n || V.some((r) => r.length !== n || r.some((x) => !Number.isFinite(x)))) throw new Error('bad matrix');
  const Q: number[][] = [];
  for (const v of V) {
    const u = [...v];
    for (const q of Q) {
      const d = q.reduce((s, x, i) => s + x * u[i], 0) / q.reduce((s, x) => s + x * x, 0);
      for (let i = 0; i < n; i++) u[i] -= d * q[i];
    }
    const r = Math.hypot(...u);
    if (r === 0 || r < 1e-10 * Math.hypot(...v)) throw new Error('dependent');
    Q.push(Q.length === 0 ? u.map((x) => x / r) : u);
  }
  return Q;
}
