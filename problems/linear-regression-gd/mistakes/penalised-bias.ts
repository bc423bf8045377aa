// expect: wrong_answer
// mistake: adds the L2 penalty's gradient to the bias as well
// caught-by: random 2
export function linearRegressionGd(
  X: number[][], y: number[], lr: number, nIters: number, penalty: 'none' | 'l1' | 'l2', lambda: number,
): { weights: number[]; bias: number; costHistory: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = X[0]!.length;
  if (p === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== p) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== n) throw new Error('target count');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');
  if (!Number.isInteger(nIters) || nIters < 0) throw new Error('bad nIters');
  if (penalty !== 'none' && penalty !== 'l1' && penalty !== 'l2') throw new Error('bad penalty');
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('bad lambda');

  const w = new Array<number>(p).fill(0);
  let b = 0;
  const costHistory: number[] = [];
  for (let t = 0; t < nIters; t++) {
    const gw = new Array<number>(p).fill(0);
    let gb = 0, sse = 0;
    for (let i = 0; i < n; i++) {
      let r = b - y[i]!;
      for (let j = 0; j < p; j++) r += w[j]! * X[i]![j]!;
      sse += r * r;
      gb += r;
      for (let j = 0; j < p; j++) gw[j] = gw[j]! + r * X[i]![j]!;
    }
    let cost = sse / (2 * n);
    for (let j = 0; j < p; j++) {
      gw[j] = gw[j]! / n;
      if (penalty === 'l2') { cost += (lambda / (2 * n)) * w[j]! * w[j]!; gw[j] = gw[j]! + (lambda / n) * w[j]!; }
      if (penalty === 'l1') { cost += (lambda / n) * Math.abs(w[j]!); gw[j] = gw[j]! + (lambda / n) * Math.sign(w[j]!); } // sign(0) = 0
    }
    costHistory.push(cost);
    for (let j = 0; j < p; j++) w[j] = w[j]! - lr * gw[j]!;
    b -= lr * (gb / n + (penalty === 'l2' ? (lambda / n) * b : 0));
  }
  return { weights: w, bias: b, costHistory };
}
