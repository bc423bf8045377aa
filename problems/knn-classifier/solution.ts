export function knnPredict(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number, metric: 'euclidean' | 'manhattan' | 'cosine'): number[] {
  if (!(Number.isInteger(k) && k >= 1)) throw new Error('bad k');
  const n = Xtrain.length;
  if (n === 0 || yTrain.length !== n) throw new Error('bad training data');
  const d = Xtrain[0].length;
  if (Xtrain.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('dimension mismatch');
  let dist: (a: number[], b: number[]) => number;
  if (metric === 'euclidean') dist = (a, b) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]) * (v - b[i]), 0));
  else if (metric === 'manhattan') dist = (a, b) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0);
  else if (metric === 'cosine') {
    dist = (a, b) => {
      const na = Math.hypot(...a), nb = Math.hypot(...b);
      if (na === 0 || nb === 0) return 1;
      return 1 - a.reduce((s, v, i) => s + v * b[i], 0) / (na * nb);
    };
  } else throw new Error('unknown metric');
  const kk = Math.min(k, n);
  const out: number[] = [];
  for (const q of Xtest) {
    const ds = Xtrain.map((x) => dist(q, x));
    const idx = Array.from({ length: n }, (_, j) => j);
    idx.sort((a, b) => (ds[a] < ds[b] ? -1 : ds[a] > ds[b] ? 1 : a - b));
    const labels = idx.slice(0, kk).map((j) => yTrain[j]);
    let best = labels[0], bestVotes = 0;
    for (let t = 0; t < labels.length; t++) {
      if (labels.indexOf(labels[t]) !== t) continue; // count each label once, at its first appearance
      const votes = labels.filter((l) => l === labels[t]).length;
      if (votes > bestVotes) { best = labels[t]; bestVotes = votes; }
    }
    out.push(best);
  }
  return out;
}
