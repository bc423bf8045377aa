/** Plain float64 power iteration on WᵀW (two matrix–vector products per step), σ = ‖Wv‖. */
export function spectralNorm(W: number[][], u0: number[], iters: number): number {
  const m = W.length;
  const n = W[0]?.length ?? 0;
  if (m === 0 || n === 0 || W.some((r) => r.length !== n)) throw new Error('W must be a non-empty m×n matrix');
  if (u0.length !== n) throw new Error(`u0 must have ${n} entries`);
  if (![...W.flat(), ...u0].every(Number.isFinite)) throw new Error('inputs must be finite');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  const norm = (x: number[]) => Math.sqrt(x.reduce((s, v) => s + v * v, 0));
  const times = (x: number[]) => W.map((row) => row.reduce((s, w, j) => s + w * x[j]!, 0));
  const timesT = (y: number[]) => Array.from({ length: n }, (_, j) => W.reduce((s, row, i) => s + row[j]! * y[i]!, 0));
  const n0 = norm(u0);
  if (n0 === 0) throw new Error('u0 must not be the zero vector');
  let v = u0.map((x) => x / n0);
  for (let k = 0; k < iters; k++) {
    const z = timesT(times(v));
    const nz = norm(z);
    if (nz === 0) return 0; // v lies in the null space of W
    v = z.map((x) => x / nz);
  }
  return norm(times(v));
}
