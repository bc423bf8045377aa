// expect: wrong_answer
// mistake: only checks minPts ≥ 1, so a fractional minPts (a count that cannot be met exactly) is accepted
// caught-by: fractional minPts throws
export function dbscan(X: number[][], eps: number, minPts: number): number[] {
  if (eps < 0 || Number.isNaN(eps)) throw new Error('bad eps');
  if (!(minPts >= 1)) throw new Error('bad minPts');
  const n = X.length;
  if (n === 0) return [];
  const dim = X[0]!.length;
  for (const x of X) if (x.length !== dim) throw new Error('ragged');
  const region = (p: number): number[] => {
    const out: number[] = [];
    for (let q = 0; q < n; q++) {
      let s = 0;
      for (let c = 0; c < dim; c++) { const t = X[p]![c]! - X[q]![c]!; s += t * t; }
      if (Math.sqrt(s) <= eps) out.push(q);
    }
    return out;
  };
  const labels: (number | undefined)[] = new Array(n).fill(undefined);
  let cluster = 0;
  for (let p = 0; p < n; p++) {
    if (labels[p] !== undefined) continue;
    const np = region(p);
    if (np.length < minPts) { labels[p] = -1; continue; }
    labels[p] = cluster;
    const seeds = np.slice();
    let head = 0;
    while (head < seeds.length) {
      const q = seeds[head++]!;
      if (labels[q] === -1) labels[q] = cluster;
      if (labels[q] !== undefined) continue;
      labels[q] = cluster;
      const nq = region(q);
      if (nq.length >= minPts) for (const r of nq) seeds.push(r);
    }
    cluster++;
  }
  return labels.map((l) => l as number);
}
