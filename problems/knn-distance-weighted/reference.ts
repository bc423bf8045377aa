// Reference: plain float64; neighbours by a stable sort of direct Euclidean distances (ties: lower index).
type Result = { classes: number[]; proba: number[][]; pred: number[] };

/** The k nearest training indices of x plus their distances, in order. */
export function neighbours(Xtrain: number[][], x: number[], k: number): Array<{ i: number; d: number }> {
  return Xtrain
    .map((t, i) => ({ i, d: Math.sqrt(t.reduce((s, v, j) => s + (v - x[j]!) ** 2, 0)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, Math.min(k, Xtrain.length));
}

export function knnWeighted(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number): Result {
  const n = Xtrain.length;
  if (n === 0) throw new Error('Xtrain is empty');
  const d = Xtrain[0]!.length;
  if (d === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  if (yTrain.length !== n || yTrain.some((v) => !Number.isFinite(v))) throw new Error('one finite label per training row');
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  const classes = [...new Set(yTrain)].sort((a, b) => a - b);
  const proba = Xtest.map((x) => {
    const nb = neighbours(Xtrain, x, k);
    const exact = nb.filter((q) => q.d === 0);
    const voters = exact.length > 0 ? exact.map((q) => ({ i: q.i, w: 1 })) : nb.map((q) => ({ i: q.i, w: 1 / q.d }));
    const score = classes.map((c) => voters.reduce((s, v) => s + (yTrain[v.i] === c ? v.w : 0), 0));
    const total = score.reduce((s, v) => s + v, 0);
    return score.map((v) => v / total);
  });
  const pred = proba.map((p) => classes[p.reduce((b, v, c) => (v > p[b]! ? c : b), 0)]!);
  return { classes, proba, pred };
}
