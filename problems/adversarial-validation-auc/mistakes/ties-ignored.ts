// expect: wrong_answer
// mistake: counts only strictly lower training scores, so a tie between a test and a training row counts 0 instead of 1/2
// caught-by: tied scores across the sets
export function adversarialValidation(Xtrain: number[][], Xtest: number[][], folds: number[], lr: number, nIters: number, aucThreshold: number): { oofScores: number[]; auc: number; foldAccuracy: number[]; shift: number } {
  const X = [...Xtrain, ...Xtest];
  const n = X.length, d = Xtrain.length ? Xtrain[0].length : 0;
  if (!Xtrain.length || !Xtest.length || !d || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('bad rows');
  if (folds.length !== n || folds.some((f) => !Number.isInteger(f) || f < 0)) throw new Error('bad folds');
  const K = Math.max(...folds) + 1;
  if (K < 2 || new Set(folds).size !== K) throw new Error('fold ids must be 0..K-1');
  if (!(lr > 0) || !Number.isInteger(nIters) || nIters < 0 || !(aucThreshold >= 0 && aucThreshold <= 1)) throw new Error('bad parameters');
  const y = X.map((_, i) => (i < Xtrain.length ? 0 : 1));
  const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const scores = new Array<number>(n).fill(0);
  for (let f = 0; f < K; f++) {
    const tr = X.map((_, i) => i).filter((i) => folds[i] !== f);
    let w = new Array<number>(d).fill(0), b = 0;
    for (let it = 0; it < nIters; it++) {
      const gw = new Array<number>(d).fill(0);
      let gb = 0;
      for (const i of tr) {
        let z = b;
        for (let j = 0; j < d; j++) z += X[i][j] * w[j];
        const r = sig(z) - y[i];
        for (let j = 0; j < d; j++) gw[j] += r * X[i][j];
        gb += r;
      }
      w = w.map((v, j) => v - (lr * gw[j]) / tr.length);
      b -= (lr * gb) / tr.length;
    }
    for (let i = 0; i < n; i++) if (folds[i] === f) scores[i] = sig(X[i].reduce((s, v, j) => s + v * w[j], b));
  }
  // tie-aware AUC: for each positive, count negatives below (+½ for ties)
  const neg = scores.filter((_, i) => y[i] === 0).sort((a, c) => a - c);
  const lower = (v: number) => { let lo = 0, hi = neg.length; while (lo < hi) { const m = (lo + hi) >> 1; if (neg[m] < v) lo = m + 1; else hi = m; } return lo; };
  const upper = (v: number) => { let lo = 0, hi = neg.length; while (lo < hi) { const m = (lo + hi) >> 1; if (neg[m] <= v) lo = m + 1; else hi = m; } return lo; };
  let wins = 0, P = 0;
  for (let i = 0; i < n; i++) if (y[i] === 1) { P++; const a = lower(scores[i]), c = upper(scores[i]); wins += a; }
  const auc = wins / (P * neg.length);
  const foldAccuracy = Array.from({ length: K }, (_, f) => {
    let ok = 0, cnt = 0;
    for (let i = 0; i < n; i++) if (folds[i] === f) { cnt++; if ((scores[i] > 0.5 ? 1 : 0) === y[i]) ok++; }
    return ok / cnt;
  });
  return { oofScores: scores, auc, foldAccuracy, shift: auc > aucThreshold ? 1 : 0 };
}
