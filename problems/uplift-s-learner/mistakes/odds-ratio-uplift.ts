// expect: wrong_answer
// mistake: reports the effect on the log-odds scale (the coefficient of T) as every user's uplift instead of the difference of the two probabilities
// caught-by: three features
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function sLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number): { uplift: number[]; treatmentCoef: number } {
  const n = X.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('shape mismatch');
  const d = X[0]!.length;
  for (const row of [...X, ...Xtest]) if (d === 0 || row.length !== d || row.some((v) => !Number.isFinite(v))) throw new Error('bad features');
  for (let i = 0; i < n; i++) if ((treatment[i] !== 0 && treatment[i] !== 1) || (y[i] !== 0 && y[i] !== 1)) throw new Error('0/1 only');
  if (!(lr > 0) || !Number.isInteger(nIters) || nIters < 0) throw new Error('bad hyper-parameters');
  // features [x, t]; weights w (d) and wT, bias b
  const w = new Array<number>(d).fill(0);
  let wT = 0, b = 0;
  for (let it = 0; it < nIters; it++) {
    const gw = new Array<number>(d).fill(0);
    let gT = 0, gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b + wT * treatment[i]!;
      for (let j = 0; j < d; j++) z += w[j]! * X[i]![j]!;
      const e = sigmoid(z) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += e * X[i]![j]!;
      gT += e * treatment[i]!;
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j]! -= (lr * gw[j]!) / n;
    wT -= (lr * gT) / n;
    b -= (lr * gb) / n;
  }
  // the treatment's effect, read straight off the model
  const uplift = Xtest.map(() => wT);
  return { uplift, treatmentCoef: wT };
}
