// expect: wrong_answer
// mistake: updates each weight as soon as its gradient is known and recomputes the predictions before the next one, instead of updating all parameters at once
// caught-by: two features
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function fit(X: number[][], y: number[], lr: number, nIters: number): { w: number[]; b: number } {
  const n = X.length, d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < nIters; it++) {
    const residuals = () => X.map((row, i) => sigmoid(row.reduce((s, v, j) => s + v * w[j]!, b)) - y[i]!);
    for (let j = 0; j < d; j++) {
      const r = residuals();
      w[j]! -= (lr * r.reduce((s, e, i) => s + e * X[i]![j]!, 0)) / n;
    }
    b -= (lr * residuals().reduce((s, e) => s + e, 0)) / n;
  }
  return { w, b };
}

export function tLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number, threshold: number): { uplift: number[]; segments: number[] } {
  const n = X.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('shape mismatch');
  const d = X[0]!.length;
  for (const row of [...X, ...Xtest]) if (row.length !== d || d === 0 || row.some((v) => !Number.isFinite(v))) throw new Error('bad features');
  for (let i = 0; i < n; i++) if ((treatment[i] !== 0 && treatment[i] !== 1) || (y[i] !== 0 && y[i] !== 1)) throw new Error('0/1 only');
  if (!(lr > 0) || !Number.isInteger(nIters) || nIters < 0 || !(threshold >= 0)) throw new Error('bad hyper-parameters');
  const XT: number[][] = [], yT: number[] = [], XC: number[][] = [], yC: number[] = [];
  for (let i = 0; i < n; i++) {
    if (treatment[i] === 1) { XT.push(X[i]!); yT.push(y[i]!); } else { XC.push(X[i]!); yC.push(y[i]!); }
  }
  if (XT.length === 0 || XC.length === 0) throw new Error('need both groups');
  const mT = fit(XT, yT, lr, nIters), mC = fit(XC, yC, lr, nIters);
  const p = (m: { w: number[]; b: number }, row: number[]) => sigmoid(row.reduce((s, v, j) => s + v * m.w[j]!, m.b));
  const uplift = Xtest.map((row) => p(mT, row) - p(mC, row));
  return { uplift, segments: uplift.map((u) => (u > threshold ? 1 : u < -threshold ? -1 : 0)) };
}
