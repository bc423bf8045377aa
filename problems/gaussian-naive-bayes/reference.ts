// Reference: plain float64 TypeScript (argmax decisions and log-densities far in the tails).
export function fit(X: number[][], y: number[], varSmoothing: number) {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('y must have one label per row');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d)) throw new Error(`rows of X must have length ${d}`);
  if (!(varSmoothing >= 0)) throw new Error('varSmoothing must be >= 0');
  const classes = [...new Set(y)].sort((a, b) => a - b);
  let maxVar = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (const r of X) m += r[j]!;
    m /= n;
    let v = 0;
    for (const r of X) v += (r[j]! - m) ** 2;
    maxVar = Math.max(maxVar, v / n);
  }
  const eps = varSmoothing * maxVar;
  const params = classes.map((c) => {
    const rows = X.filter((_, i) => y[i] === c);
    const nc = rows.length;
    const mu = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / nc);
    const v = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j]! - mu[j]!) ** 2, 0) / nc + eps);
    if (v.some((x) => x === 0)) throw new Error(`class ${c} has a zero variance after smoothing`);
    return { logPrior: Math.log(nc / n), mu, v };
  });
  return { classes, params, d };
}

export function gaussianNB(X: number[][], y: number[], Xtest: number[][], varSmoothing: number): { classes: number[]; logJoint: number[][]; logProba: number[][]; pred: number[] } {
  const { classes, params, d } = fit(X, y, varSmoothing);
  if (Xtest.some((r) => r.length !== d)) throw new Error(`rows of Xtest must have length ${d}`);
  const logJoint = Xtest.map((x) =>
    params.map(({ logPrior, mu, v }) => {
      let s = logPrior;
      for (let j = 0; j < d; j++) s += -0.5 * Math.log(2 * Math.PI * v[j]!) - (x[j]! - mu[j]!) ** 2 / (2 * v[j]!);
      return s;
    }),
  );
  const logProba = logJoint.map((row) => {
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, l) => s + Math.exp(l - m), 0));
    return row.map((l) => l - lse);
  });
  const pred = logJoint.map((row) => {
    let b = 0;
    for (let c = 1; c < row.length; c++) if (row[c]! > row[b]!) b = c;
    return classes[b]!;
  });
  return { classes, logJoint, logProba, pred };
}
