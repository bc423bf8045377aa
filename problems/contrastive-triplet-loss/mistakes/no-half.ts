// expect: wrong_answer
// mistake: drops the factor ½ of the contrastive loss
// caught-by: dissimilar pairs inside the margin
function euclid(a: number[], b: number[]): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] - b[k]) ** 2;
  return Math.sqrt(s);
}

export function metricLosses(
  x1: number[][], x2: number[][], similar: number[], margin: number,
  anchor: number[][], positive: number[][], negative: number[][], alpha: number,
): { contrastive: number; triplet: number } {
  const n = similar.length, m = anchor.length;
  const d1 = x1[0]?.length ?? 0, d2 = anchor[0]?.length ?? 0;
  if (x1.length !== n || x2.length !== n || [...x1, ...x2].some((r) => r.length !== d1)) throw new Error('pair shapes');
  if (positive.length !== m || negative.length !== m || [...anchor, ...positive, ...negative].some((r) => r.length !== d2)) throw new Error('triplet shapes');
  if (!(margin >= 0) || !(alpha >= 0)) throw new Error('margin and alpha must be ≥ 0');

  let contrastive = 0;
  for (let i = 0; i < n; i++) {
    if (similar[i] !== 0 && similar[i] !== 1) throw new Error('labels must be 0 or 1');
    const d = euclid(x1[i], x2[i]);
    // similar pairs are pulled together, dissimilar ones pushed out to the margin
    contrastive += similar[i] === 1 ? d * d : Math.max(0, margin - d) ** 2;
  }
  let triplet = 0;
  for (let i = 0; i < m; i++) triplet += Math.max(0, euclid(anchor[i], positive[i]) - euclid(anchor[i], negative[i]) + alpha);
  return { contrastive, triplet };
}
