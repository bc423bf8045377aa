export function gramSchmidt(V: number[][]): number[][] {
  const k = V.length;
  const n = k ? V[0].length : 0;
  if (!k || !n || V.some((r) => r.length !== n || r.some((x) => !Number.isFinite(x)))) throw new Error('bad matrix');
  if (k > n) throw new Error('more rows than columns');
  const Q: number[][] = [];
  for (const v of V) {
    const u = [...v];
    for (const q of Q) {
      let d = 0;
      for (let i = 0; i < n; i++) d += q[i] * u[i];
      for (let i = 0; i < n; i++) u[i] -= d * q[i];
    }
    const norm = (x: number[]) => Math.sqrt(x.reduce((s, t) => s + t * t, 0));
    const r = norm(u);
    if (r === 0 || r < 1e-10 * norm(v)) throw new Error('linearly dependent row');
    Q.push(u.map((x) => x / r));
  }
  return Q;
}
