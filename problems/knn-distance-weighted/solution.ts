export function knnWeighted(
  Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number,
): { classes: number[]; proba: number[][]; pred: number[] } {
  const n = Xtrain.length;
  if (n === 0) throw new Error('empty training set');
  const d = Xtrain[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of [...Xtrain, ...Xtest]) { if (r.length !== d) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (yTrain.length !== n) throw new Error('label count');
  for (const v of yTrain) if (!Number.isFinite(v)) throw new Error('bad label');
  if (!Number.isInteger(k) || k < 1) throw new Error('bad k');
  const kk = Math.min(k, n);
  const classes = Array.from(new Set(yTrain)).sort((a, b) => a - b);
  const proba = Xtest.map((x) => {
    const dist = Xtrain.map((t, i) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (t[j]! - x[j]!) ** 2;
      return { i, d: Math.sqrt(s) };
    });
    dist.sort((a, b) => a.d - b.d || a.i - b.i); // stable: equal distances keep the lower index first
    const nb = dist.slice(0, kk);
    const score = new Array<number>(classes.length).fill(0);
    const zero = nb.filter((q) => q.d === 0);
    if (zero.length > 0) {
      // exact matches outvote everything: each gets weight 1, the others none
      for (const q of zero) { const c = classes.indexOf(yTrain[q.i]!); score[c] = score[c]! + 1; }
    } else {
      for (const q of nb) { const c = classes.indexOf(yTrain[q.i]!); score[c] = score[c]! + 1 / q.d; }
    }
    const total = score.reduce((a, b) => a + b, 0);
    return score.map((s) => s / total);
  });
  const pred = proba.map((p) => {
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return classes[best]!;
  });
  return { classes, proba, pred };
}
