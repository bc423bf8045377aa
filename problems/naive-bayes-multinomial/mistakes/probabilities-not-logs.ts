// expect: wrong_answer
// mistake: multiplies the probabilities θ^x directly and normalises at the end, which underflows to 0/0 for long documents
// caught-by: a long document needs log space
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
    const p = logPrior.map((lp, k) => {
      let s = Math.exp(lp);
      for (let j = 0; j < V; j++) s *= Math.pow(Math.exp(logTheta[k]![j]!), x[j]!);
      return s;
    });
    const z = p.reduce((a, b) => a + b, 0);
    return p.map((v) => Math.log(v / z));
  });
  const predictions = logProba.map((row) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (row[k]! > row[best]!) best = k;
    return classes[best]!;
  });
  return { classes, logProba, predictions };
}
