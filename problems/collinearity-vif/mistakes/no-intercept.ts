// expect: wrong_answer
// mistake: regresses each column on the others without an intercept (uncentred R²), which rewards columns that merely share a large mean
// caught-by: columns far from zero
function solveSym(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of A) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) <= 1e-13 * scale) return null;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

export function vif(X: number[][]): number[] {
  const n = X.length;
  if (n < 2) throw new Error('need two rows');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no columns');
  for (const row of X) if (row.length !== d || row.some((v) => !Number.isFinite(v))) throw new Error('bad X');
  // centre every column (this is the intercept of each auxiliary regression)
  const C = Array.from({ length: d }, (_, j) => {
    return X.map((row) => row[j]!);
  });
  const G = C.map((a) => C.map((b) => a.reduce((s, v, i) => s + v * b[i]!, 0)));
  const out: number[] = [];
  for (let j = 0; j < d; j++) {
    const tss = G[j]![j]!;
    if (tss === 0) { out.push(NaN); continue; }
    // constant columns (zero after centring) add nothing to the fit; leave them out
    const others = [...Array(d).keys()].filter((k) => k !== j && G[k]![k]! > 0);
    if (others.length === 0) { out.push(1); continue; }
    const w = solveSym(others.map((a) => others.map((b) => G[a]![b]!)), others.map((a) => G[a]![j]!));
    if (w === null) { out.push(Infinity); continue; }
    // RSS = TSS − wᵀ(Xᵀx_j) for the least-squares w
    let explained = 0;
    others.forEach((a, t) => { explained += w[t]! * G[a]![j]!; });
    const r2 = explained / tss;
    out.push(r2 >= 1 - 1e-12 ? Infinity : 1 / (1 - r2));
  }
  return out;
}
