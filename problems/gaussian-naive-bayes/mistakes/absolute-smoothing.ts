// expect: wrong_answer
// mistake: adds varSmoothing itself to every variance instead of varSmoothing times the largest column variance
// caught-by: large smoothing
export function gaussianNB(X: number[][], y: number[], Xtest: number[][], varSmoothing: number): { classes: number[]; logJoint: number[][]; logProba: number[][]; pred: number[] } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad training data');
  const d = X[0].length;
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('dimension mismatch');
  if (!(varSmoothing >= 0)) throw new Error('negative smoothing');
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const variance = (a: number[]) => { const m = mean(a); return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length); };
  let maxVar = 0;
  for (let j = 0; j < d; j++) maxVar = Math.max(maxVar, variance(X.map((r) => r[j])));
  const eps = varSmoothing;
  const classes = [...new Set(y)].sort((a, b) => a - b);
  const model = classes.map((c) => {
    const rows = X.filter((_, i) => y[i] === c);
    const mu = Array.from({ length: d }, (_, j) => mean(rows.map((r) => r[j])));
    const s2 = Array.from({ length: d }, (_, j) => variance(rows.map((r) => r[j])));
    if (s2.some((v) => v + eps === 0)) throw new Error('zero variance');
    return { prior: rows.length / n, mu, s2 };
  });
  const logJoint = Xtest.map((x) => model.map(({ prior, mu, s2 }) => {
    let s = Math.log(prior);
    for (let j = 0; j < d; j++) s += -0.5 * Math.log(2 * Math.PI * (s2[j] + eps)) - (x[j] - mu[j]) ** 2 / (2 * (s2[j] + eps));
    return s;
  }));
  const logProba = logJoint.map((row) => { const m = Math.max(...row); const l = m + Math.log(row.reduce((a, v) => a + Math.exp(v - m), 0)); return row.map((v) => v - l); });
  const pred = logJoint.map((row) => { let b = 0; for (let c = 1; c < row.length; c++) if (row[c] > row[b]) b = c; return classes[b]; });
  return { classes, logJoint, logProba, pred };
}
