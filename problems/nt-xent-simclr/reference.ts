function normalize(x: number[]): number[] {
  const n = Math.max(Math.sqrt(x.reduce((s, v) => s + v * v, 0)), 1e-12);
  return x.map((v) => v / n);
}

/** Plain float64 NT-Xent over 2N views: row i's positive is row (i + N) mod 2N; self excluded. */
export function ntXent(Z: number[][], tau: number): number {
  const M = Z.length;
  if (M === 0 || M % 2 !== 0) throw new Error('Z must have an even, positive number of rows (2N)');
  const d = Z[0]!.length;
  if (d === 0 || Z.some((r) => r.length !== d)) throw new Error('all rows must have the same length d ≥ 1');
  if (!(tau > 0) || !Number.isFinite(tau)) throw new Error('tau must be a finite number > 0');
  const N = M / 2;
  const z = Z.map(normalize);
  let total = 0;
  for (let i = 0; i < M; i++) {
    const pos = (i + N) % M;
    const logits: number[] = [];
    let lp = 0;
    for (let k = 0; k < M; k++) {
      if (k === i) continue;
      const l = z[i]!.reduce((s, v, c) => s + v * z[k]![c]!, 0) / tau;
      logits.push(l);
      if (k === pos) lp = l;
    }
    const m = Math.max(...logits);
    total += m + Math.log(logits.reduce((s, l) => s + Math.exp(l - m), 0)) - lp;
  }
  return total / M;
}
