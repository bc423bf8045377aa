/** Modified Gram–Schmidt on the rows of V, throwing when a row's residual falls below 1e-10 of its norm. */
export function gramSchmidt(V: number[][]): number[][] {
  const k = V.length;
  const n = k > 0 ? V[0]!.length : 0;
  if (k === 0 || n === 0 || V.some((row) => row.length !== n || !row.every(Number.isFinite))) throw new Error('V must be a non-empty finite matrix');
  if (k > n) throw new Error('more rows than columns cannot be linearly independent');
  const Q: number[][] = [];
  for (const v of V) {
    const u = v.slice();
    for (const q of Q) {
      const d = q.reduce((s, qi, i) => s + qi * u[i]!, 0); // projection of the *updated* vector
      for (let i = 0; i < n; i++) u[i] = u[i]! - d * q[i]!;
    }
    const original = Math.hypot(...v);
    const residual = Math.hypot(...u);
    if (!(residual >= 1e-10 * original) || residual === 0) throw new Error('a row is linearly dependent on the earlier rows');
    Q.push(u.map((x) => x / residual));
  }
  return Q;
}
