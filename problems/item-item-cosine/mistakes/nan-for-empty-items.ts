// expect: wrong_answer
// mistake: divides by the norms without guarding zero columns, so an item nobody touched gets NaN similarities
// caught-by: an item without interactions
export function itemItemTopK(R: number[][], k: number): { similarity: number[][]; topK: number[][] } {
  const users = R.length;
  if (users === 0) throw new Error('no users');
  const items = R[0]!.length;
  if (items === 0 || R.some((r) => r.length !== items || r.some((v) => !Number.isFinite(v)))) throw new Error('bad matrix');
  if (!Number.isInteger(k) || k < 0) throw new Error('bad k');
  const cols = Array.from({ length: items }, (_, i) => R.map((r) => r[i]!));
  const norm = cols.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  const similarity = cols.map((ci, i) => cols.map((cj, j) => {
    if (i === j) return 0;
    let dot = 0;
    for (let u = 0; u < users; u++) dot += ci[u]! * cj[u]!;
    return dot / norm[i]! / norm[j]!;
  }));
  const topK = similarity.map((row, i) => {
    const others = row.map((_, j) => j).filter((j) => j !== i);
    others.sort((a, b) => (row[b]! !== row[a]! ? row[b]! - row[a]! : a - b));
    return others.slice(0, k);
  });
  return { similarity, topK };
}
