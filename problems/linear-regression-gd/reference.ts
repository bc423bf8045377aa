// Reference: plain float64 replay of the batch iteration (a thousand float32 steps would drift).
type Penalty = 'none' | 'l1' | 'l2';
type Result = { weights: number[]; bias: number; costHistory: number[] };

export function linearRegressionGd(X: number[][], y: number[], lr: number, nIters: number, penalty: Penalty, lambda: number): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('rows of X must be finite vectors of the same length >= 1');
  if (y.length !== n || y.some((v) => !Number.isFinite(v))) throw new Error('one finite target per row');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  if (!Number.isInteger(nIters) || nIters < 0) throw new Error('nIters must be a non-negative integer');
  if (penalty !== 'none' && penalty !== 'l1' && penalty !== 'l2') throw new Error(`unknown penalty ${String(penalty)}`);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('lambda must be >= 0');
  let w = new Array<number>(p).fill(0);
  let b = 0;
  const costHistory: number[] = [];
  for (let t = 0; t < nIters; t++) {
    const r = X.map((x, i) => x.reduce((s, v, j) => s + v * w[j]!, b) - y[i]!);
    let cost = r.reduce((s, v) => s + v * v, 0) / (2 * n);
    if (penalty === 'l2') cost += (lambda / (2 * n)) * w.reduce((s, v) => s + v * v, 0);
    if (penalty === 'l1') cost += (lambda / n) * w.reduce((s, v) => s + Math.abs(v), 0);
    costHistory.push(cost);
    const grad = w.map((wj, j) => {
      const g = X.reduce((s, x, i) => s + x[j]! * r[i]!, 0) / n;
      if (penalty === 'l2') return g + (lambda / n) * wj;
      if (penalty === 'l1') return g + (lambda / n) * Math.sign(wj);
      return g;
    });
    const gb = r.reduce((s, v) => s + v, 0) / n;
    w = w.map((wj, j) => wj - lr * grad[j]!);
    b -= lr * gb;
  }
  return { weights: w, bias: b, costHistory };
}
