// expect: wrong_answer
// mistake: uses the summed cross-entropy gradient (no division by n) while reporting the mean loss
// caught-by: random 2
export function softmaxRegressionGd(
  X: number[][], y: number[], W0: number[][], b0: number[], lr: number, iters: number,
): { W: number[][]; b: number[]; lossHistory: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = X[0]!.length, K = b0.length;
  if (K < 2) throw new Error('need two classes');
  if (p === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== p) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (W0.length !== p) throw new Error('W0 rows');
  for (const r of W0) { if (r.length !== K) throw new Error('W0 columns'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of b0) if (!Number.isFinite(v)) throw new Error('non-finite');
  if (y.length !== n) throw new Error('label count');
  for (const v of y) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('label out of range');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('bad iters');

  const W = W0.map((r) => r.slice());
  const b = b0.slice();
  const lossHistory: number[] = [];
  for (let t = 0; t < iters; t++) {
    const gW = Array.from({ length: p }, () => new Array<number>(K).fill(0));
    const gb = new Array<number>(K).fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const z = b.slice();
      for (let k = 0; k < K; k++) for (let j = 0; j < p; j++) z[k] = z[k]! + X[i]![j]! * W[j]![k]!;
      const m = Math.max(...z); // shift by the max so large logits cannot overflow
      const e = z.map((v) => Math.exp(v - m));
      const s = e.reduce((a, c) => a + c, 0);
      loss -= z[y[i]!]! - m - Math.log(s);
      for (let k = 0; k < K; k++) {
        const g = e[k]! / s - (k === y[i] ? 1 : 0);
        gb[k] = gb[k]! + g;
        for (let j = 0; j < p; j++) gW[j]![k] = gW[j]![k]! + X[i]![j]! * g;
      }
    }
    lossHistory.push(loss / n); // the loss of the parameters before this step
    for (let j = 0; j < p; j++) for (let k = 0; k < K; k++) W[j]![k] = W[j]![k]! - lr * gW[j]![k]!;
    for (let k = 0; k < K; k++) b[k] = b[k]! - lr * gb[k]!;
  }
  return { W, b, lossHistory };
}
