// Reference: plain float64 replay of the per-sample updates (order-dependent, so no batching).
type Result = { w: number[]; b: number; decision: number[]; pred: number[] };

/** The run plus the smallest |margin − 1| met at any update (for the generator; exact 1s excluded). */
export function runLinearSvm(X: number[][], y: number[], lr: number, lambda: number, nIters: number, Xtest: number[][]): Result & { closest: number } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || [...X, ...Xtest].some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  if (y.length !== n || y.some((v) => !Number.isFinite(v))) throw new Error('one finite label per row');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('lambda must be >= 0');
  if (!Number.isInteger(nIters) || nIters < 0) throw new Error('nIters must be a non-negative integer');
  const yy = y.map((v) => (v <= 0 ? -1 : 1));
  let w = new Array<number>(d).fill(0);
  let b = 0;
  let closest = Infinity;
  for (let it = 0; it < nIters; it++) {
    X.forEach((x, i) => {
      const m = yy[i]! * (x.reduce((s, v, j) => s + v * w[j]!, 0) - b);
      if (m !== 1) closest = Math.min(closest, Math.abs(m - 1));
      if (m >= 1) w = w.map((v) => v - lr * (2 * lambda * v));
      else {
        w = w.map((v, j) => v - lr * (2 * lambda * v - yy[i]! * x[j]!));
        b -= lr * yy[i]!;
      }
    });
  }
  const decision = Xtest.map((x) => x.reduce((s, v, j) => s + v * w[j]!, 0) - b);
  return { w, b, decision, pred: decision.map((v) => Math.sign(v) + 0), closest };
}

export function linearSvm(X: number[][], y: number[], lr: number, lambda: number, nIters: number, Xtest: number[][]): Result {
  const { w, b, decision, pred } = runLinearSvm(X, y, lr, lambda, nIters, Xtest);
  return { w, b, decision, pred };
}
