// expect: wrong_answer
// mistake: sorts by cosine similarity ascending (treating the similarity as a distance), so the least similar points vote
// caught-by: cosine ignores the scale
export function knnPredict(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number, metric: 'euclidean' | 'manhattan' | 'cosine'): number[] {
  if (!(Number.isInteger(k) && k >= 1) || Xtrain.length === 0 || yTrain.length !== Xtrain.length) throw new Error('bad input');
  const d = Xtrain[0].length;
  if ([...Xtrain, ...Xtest].some((r) => r.length !== d)) throw new Error('dimension mismatch');
  if (!['euclidean', 'manhattan', 'cosine'].includes(metric)) throw new Error('unknown metric');
  const dist = (a: number[], b: number[]) => {
    if (metric === 'euclidean') return Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0));
    if (metric === 'manhattan') return a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0);
    const na = Math.hypot(...a), nb = Math.hypot(...b);
    return na === 0 || nb === 0 ? 0 : a.reduce((s, v, i) => s + v * b[i], 0) / (na * nb);
  };
  return Xtest.map((q) => {
    const idx = Xtrain.map((x, j) => ({ j, dd: dist(q, x) })).sort((a, b) => a.dd - b.dd || a.j - b.j).slice(0, k);
    const votes = new Map<number, number>();
    for (const { j } of idx) votes.set(yTrain[j], (votes.get(yTrain[j]) ?? 0) + 1);
    let best = yTrain[idx[0].j], bestVotes = 0;
    for (const [l, v] of votes) if (v > bestVotes) { best = l; bestVotes = v; }
    return best;
  });
}
