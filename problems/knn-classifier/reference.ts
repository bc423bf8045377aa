// Reference: plain float64 TypeScript (discrete decisions: neighbour order and vote).
type Metric = 'euclidean' | 'manhattan' | 'cosine';

function distance(a: number[], b: number[], metric: Metric): number {
  if (metric === 'euclidean') {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) ** 2;
    return Math.sqrt(s);
  }
  if (metric === 'manhattan') {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += Math.abs(a[i]! - b[i]!);
    return s;
  }
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i]! * b[i]!; na += a[i]! ** 2; nb += b[i]! ** 2; }
  if (na === 0 || nb === 0) return 1;
  return 1 - dot / (Math.sqrt(na) * Math.sqrt(nb));
}

export function knnPredict(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number, metric: Metric): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be an integer >= 1, got ${k}`);
  if (Xtrain.length === 0) throw new Error('empty training set');
  if (yTrain.length !== Xtrain.length) throw new Error('yTrain must have one label per training row');
  if (metric !== 'euclidean' && metric !== 'manhattan' && metric !== 'cosine') throw new Error(`unknown metric ${String(metric)}`);
  const d = Xtrain[0]!.length;
  for (const row of [...Xtrain, ...Xtest]) if (row.length !== d) throw new Error(`rows must have length ${d}`);
  const kk = Math.min(k, Xtrain.length);
  return Xtest.map((q) => {
    const order = Xtrain.map((x, j) => ({ j, dist: distance(q, x, metric) }));
    order.sort((a, b) => a.dist - b.dist || a.j - b.j);
    const counts = new Map<number, number>(); // insertion order = first appearance in neighbour order
    for (let t = 0; t < kk; t++) {
      const label = yTrain[order[t]!.j]!;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    let best = 0, bestCount = -1;
    for (const [label, c] of counts) if (c > bestCount) { best = label; bestCount = c; }
    return best;
  });
}

/** Sorted distances from q to every training row (used by the tests' margin check). */
export function sortedDistances(Xtrain: number[][], q: number[], metric: Metric): number[] {
  return Xtrain.map((x) => distance(q, x, metric)).sort((a, b) => a - b);
}
