// expect: wrong_answer
// mistake: picks neighbours by repeated minimum search with <=, so among equal distances the highest training index is taken first
// caught-by: duplicate training points with different labels
export function knnPredict(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number, metric: 'euclidean' | 'manhattan' | 'cosine'): number[] {
  if (!(Number.isInteger(k) && k >= 1) || Xtrain.length === 0 || yTrain.length !== Xtrain.length) throw new Error('bad input');
  const d = Xtrain[0].length;
  if ([...Xtrain, ...Xtest].some((r) => r.length !== d)) throw new Error('dimension mismatch');
  if (!['euclidean', 'manhattan', 'cosine'].includes(metric)) throw new Error('unknown metric');
  const dist = (a: number[], b: number[]) => {
    if (metric === 'euclidean') return Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0));
    if (metric === 'manhattan') return a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0);
    const na = Math.hypot(...a), nb = Math.hypot(...b);
    return na === 0 || nb === 0 ? 1 : 1 - a.reduce((s, v, i) => s + v * b[i], 0) / (na * nb);
  };
  return Xtest.map((q) => {
    const ds = Xtrain.map((x) => dist(q, x));
    const used = ds.map(() => false);
    const order: number[] = [];
    for (let t = 0; t < Math.min(k, ds.length); t++) {
      let best = -1;
      for (let j = 0; j < ds.length; j++) if (!used[j] && (best < 0 || ds[j] <= ds[best])) best = j;
      used[best] = true;
      order.push(best);
    }
    const votes = new Map<number, number>();
    for (const j of order) votes.set(yTrain[j], (votes.get(yTrain[j]) ?? 0) + 1);
    let bestLabel = yTrain[order[0]], bestVotes = 0;
    for (const [l, v] of votes) if (v > bestVotes) { bestLabel = l; bestVotes = v; }
    return bestLabel;
  });
}
