// expect: wrong_answer
// mistake: smooths with α times the number of classes in the denominator instead of 2α (the two values of a binary feature)
// caught-by: three classes, small alpha
export function bernoulliNb(
  Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number,
): { classes: number[]; logProba: number[][]; predictions: number[] } {
  const n = Xtrain.length;
  if (n === 0) throw new Error('empty training set');
  const d = Xtrain[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of [...Xtrain, ...Xtest]) {
    if (r.length !== d) throw new Error('width mismatch');
    for (const v of r) if (v !== 0 && v !== 1) throw new Error('features must be binary');
  }
  if (ytrain.length !== n) throw new Error('label count');
  for (const v of ytrain) if (!Number.isFinite(v)) throw new Error('bad label');
  if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be > 0');

  const classes = Array.from(new Set(ytrain)).sort((a, b) => a - b);
  const K = classes.length;
  const nc = new Array<number>(K).fill(0);
  const ones = Array.from({ length: K }, () => new Array<number>(d).fill(0));
  Xtrain.forEach((r, i) => {
    const k = classes.indexOf(ytrain[i]!);
    nc[k] = nc[k]! + 1;
    for (let j = 0; j < d; j++) ones[k]![j] = ones[k]![j]! + r[j]!;
  });
  // each binary feature has two values, so the smoothing adds 2α to the denominator
  const p = ones.map((row, k) => row.map((c) => (c + alpha) / (nc[k]! + K * alpha)));
  const logProba = Xtest.map((x) => {
    const joint = p.map((pk, k) => {
      let s = Math.log(nc[k]! / n);
      for (let j = 0; j < d; j++) s += x[j] === 1 ? Math.log(pk[j]!) : Math.log(1 - pk[j]!);
      return s;
    });
    const m = Math.max(...joint);
    let z = 0;
    for (const v of joint) z += Math.exp(v - m);
    const lse = m + Math.log(z);
    return joint.map((v) => v - lse);
  });
  const predictions = logProba.map((row) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (row[k]! > row[best]!) best = k;
    return classes[best]!;
  });
  return { classes, logProba, predictions };
}
