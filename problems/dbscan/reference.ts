// Reference: plain float64 TypeScript (discrete neighbourhood decisions).
export function dbscan(X: number[][], eps: number, minPts: number): number[] {
  if (!(eps >= 0)) throw new Error('eps must be >= 0');
  if (!Number.isInteger(minPts) || minPts < 1) throw new Error('minPts must be a positive integer');
  const n = X.length;
  if (n === 0) return [];
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d)) throw new Error('rows must have equal length');
  const nbrs: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += (X[i]![c]! - X[j]![c]!) ** 2;
      if (Math.sqrt(s) <= eps) nbrs[i]!.push(j);
    }
  }
  const UNVISITED = -2, NOISE = -1;
  const label = new Array<number>(n).fill(UNVISITED);
  let c = 0;
  for (let p = 0; p < n; p++) {
    if (label[p] !== UNVISITED) continue;
    if (nbrs[p]!.length < minPts) { label[p] = NOISE; continue; }
    label[p] = c;
    const queue = [...nbrs[p]!];
    for (let h = 0; h < queue.length; h++) {
      const q = queue[h]!;
      if (label[q] === NOISE) label[q] = c;
      if (label[q] !== UNVISITED) continue;
      label[q] = c;
      if (nbrs[q]!.length >= minPts) queue.push(...nbrs[q]!);
    }
    c++;
  }
  return label;
}
