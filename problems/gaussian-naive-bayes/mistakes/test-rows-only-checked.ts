// expect: wrong_answer
// mistake: checks the test rows against d but not the training rows, so a ragged X is fitted on undefined values
// caught-by: ragged training rows throw
export function gaussianNB(X: number[][], y: number[], Xtest: number[][], varSmoothing: number): { classes: number[]; logJoint: number[][]; logProba: number[][]; pred: number[] } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad training data');
  const d = X[0].length;
  if (Xtest.some((r) => r.length !== d)) throw new Error('dimension mismatch');
  if (varSmoothing < 0 || Number.isNaN(varSmoothing)) throw new Error('negative smoothing');
  const colVar = (rows: number[][], j: number) => {
    const m = rows.reduce((s, r) => s + r[j], 0) / rows.length;
    return { m, v: rows.reduce((s, r) => s + (r[j] - m) * (r[j] - m), 0) / rows.length };
  };
  let maxVar = 0;
  for (let j = 0; j < d; j++) maxVar = Math.max(maxVar, colVar(X, j).v);
  const eps = varSmoothing * maxVar;
  const classes = Array.from(new Set(y)).sort((a, b) => a - b);
  const model = classes.map((c) => {
    const rows = X.filter((_, i) => y[i] === c);
    const stats = Array.from({ length: d }, (_, j) => colVar(rows, j));
    const vars = stats.map((s) => s.v + eps);
    if (vars.some((v) => v <= 0)) throw new Error('zero variance');
    return { lp: Math.log(rows.length / n), means: stats.map((s) => s.m), vars };
  });
  const logJoint: number[][] = [], logProba: number[][] = [], pred: number[] = [];
  for (const x of Xtest) {
    const row = model.map(({ lp, means, vars }) => {
      let s = lp;
      for (let j = 0; j < d; j++) {
        const diff = x[j] - means[j];
        s -= 0.5 * Math.log(2 * Math.PI * vars[j]) + (diff * diff) / (2 * vars[j]);
      }
      return s;
    });
    let best = 0;
    row.forEach((v, c) => { if (v > row[best]) best = c; });
    const top = row[best];
    const lse = top + Math.log(row.reduce((s, v) => s + Math.exp(v - top), 0));
    logJoint.push(row);
    logProba.push(row.map((v) => v - lse));
    pred.push(classes[best]);
  }
  return { classes, logJoint, logProba, pred };
}
