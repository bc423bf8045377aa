function dist(a: number[], b: number[]): number {
  let s = 0;
  a.forEach((v, k) => { const d = v - b[k]!; s += d * d; });
  return Math.sqrt(s);
}

function checkRows(name: string, rows: number[][], n: number, d: number): void {
  if (rows.length !== n || rows.some((r) => r.length !== d)) throw new Error(`${name} must be ${n}×${d}`);
}

/** Plain float64 contrastive loss over labelled pairs and triplet loss, with Euclidean distances. */
export function metricLosses(
  x1: number[][], x2: number[][], similar: number[], margin: number,
  anchor: number[][], positive: number[][], negative: number[][], alpha: number,
): { contrastive: number; triplet: number } {
  const dPair = x1[0]?.length ?? 0;
  checkRows('x1', x1, similar.length, dPair);
  checkRows('x2', x2, similar.length, dPair);
  const dTrip = anchor[0]?.length ?? 0;
  checkRows('positive', positive, anchor.length, dTrip);
  checkRows('negative', negative, anchor.length, dTrip);
  if (similar.some((y) => y !== 0 && y !== 1)) throw new Error('similar must hold 0/1 labels');
  if (!(margin >= 0) || !(alpha >= 0)) throw new Error('margin and alpha must be ≥ 0');
  let contrastive = 0;
  similar.forEach((y, i) => {
    const d = dist(x1[i]!, x2[i]!);
    const h = Math.max(0, margin - d);
    contrastive += y === 1 ? d * d : h * h;
  });
  let triplet = 0;
  anchor.forEach((a, i) => { triplet += Math.max(0, dist(a, positive[i]!) - dist(a, negative[i]!) + alpha); });
  return { contrastive: 0.5 * contrastive, triplet };
}
