function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function fit(X: number[][], y: number[], lr: number, nIters: number): { w: number[]; b: number } {
  const n = X.length, d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < nIters; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += X[i]![j]! * w[j]!;
      const err = sigmoid(z) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * X[i]![j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j]! -= (lr * gw[j]!) / n;
    b -= (lr * gb) / n;
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
