// expect: wrong_answer
// mistake: normalises the binary scores with a softmax (e^{p_k} / Σ e^{p_j}) instead of dividing them by their sum
// caught-by: test rows far outside the training range
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function ovrLogistic(
  X: number[][], y: number[], K: number, lr: number, iters: number, Xtest: number[][],
): { scores: number[][]; proba: number[][]; labels: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = X[0]!.length;
  if (p === 0) throw new Error('no features');
  for (const r of [...X, ...Xtest]) { if (r.length !== p) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (!Number.isInteger(K) || K < 2) throw new Error('bad K');
  if (y.length !== n) throw new Error('label count');
  for (const v of y) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('label out of range');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('bad iters');

  const models: Array<{ w: number[]; b: number }> = [];
  for (let k = 0; k < K; k++) {
    const t = y.map((v) => (v === k ? 1 : 0)); // class k against the rest
    const w = new Array<number>(p).fill(0);
    let b = 0;
    for (let it = 0; it < iters; it++) {
      const gw = new Array<number>(p).fill(0);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        let z = b;
        for (let j = 0; j < p; j++) z += w[j]! * X[i]![j]!;
        const r = sigmoid(z) - t[i]!;
        gb += r;
        for (let j = 0; j < p; j++) gw[j] = gw[j]! + r * X[i]![j]!;
      }
      for (let j = 0; j < p; j++) w[j] = w[j]! - (lr * gw[j]!) / n;
      b -= (lr * gb) / n;
    }
    models.push({ w, b });
  }
  const scores = Xtest.map((x) => models.map(({ w, b }) => {
    let z = b;
    for (let j = 0; j < p; j++) z += w[j]! * x[j]!;
    return sigmoid(z);
  }));
  const proba = scores.map((s) => {
    const total = s.reduce((a, v) => a + Math.exp(v), 0);
    return s.map((v) => Math.exp(v) / total);
  });
  const labels = scores.map((s) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (s[k]! > s[best]!) best = k;
    return best;
  });
  return { scores, proba, labels };
}
