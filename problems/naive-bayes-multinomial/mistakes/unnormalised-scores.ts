// expect: wrong_answer
// mistake: returns the joint log-likelihoods log P(c) + Σ x log θ without normalising them into log-posteriors
// caught-by: imbalanced classes
export function multinomialNb(
  Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number,
): { classes: number[]; logProba: number[][]; predictions: number[] } {
  const n = Xtrain.length;
  if (n === 0) throw new Error('empty training set');
  const V = Xtrain[0]!.length;
  if (V === 0) throw new Error('no features');
  for (const r of [...Xtrain, ...Xtest]) {
    if (r.length !== V) throw new Error('width mismatch');
    for (const v of r) if (!(v >= 0) || !Number.isFinite(v)) throw new Error('bad count');
  }
  if (ytrain.length !== n) throw new Error('label count');
  for (const v of ytrain) if (!Number.isFinite(v)) throw new Error('bad label');
  if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be > 0');

  const classes = Array.from(new Set(ytrain)).sort((a, b) => a - b);
  const K = classes.length;
  const index = new Map(classes.map((c, k) => [c, k] as const));
  const docs = new Array<number>(K).fill(0);
  const counts = Array.from({ length: K }, () => new Array<number>(V).fill(0));
  Xtrain.forEach((r, i) => {
    const k = index.get(ytrain[i]!)!;
    docs[k] = docs[k]! + 1;
    for (let j = 0; j < V; j++) counts[k]![j] = counts[k]![j]! + r[j]!;
  });
  // Laplace/Lidstone smoothing over the vocabulary: (N_cj + α) / (N_c + α·V)
  const logTheta = counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => Math.log((v + alpha) / (total + alpha * V)));
  });
  const logPrior = docs.map((c) => Math.log(c / n));
  const logProba = Xtest.map((x) => {
    const joint = logPrior.map((lp, k) => {
      let s = lp;
      for (let j = 0; j < V; j++) if (x[j]! !== 0) s += x[j]! * logTheta[k]![j]!;
      return s;
    });
    return joint;
  });
  const predictions = logProba.map((row) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (row[k]! > row[best]!) best = k;
    return classes[best]!;
  });
  return { classes, logProba, predictions };
}
