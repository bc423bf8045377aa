// Reference: plain float64 replay of the full-batch subgradient iteration (active set: margin strictly below 1).
type Result = { w: number[]; b: number; objective: number[] };

/** The run plus the smallest |margin − 1| seen over all iterates among non-exact margins (for generators). */
export function runSubgradient(X: number[][], y: number[], C: number, lr: number, steps: number): Result & { closest: number } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows of X must be finite vectors of the same length >= 1');
  if (y.length !== n) throw new Error('one label per row');
  if (y.some((v) => v !== 1 && v !== -1)) throw new Error('labels must be -1 or +1');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('C must be >= 0');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  let w = new Array<number>(d).fill(0);
  let b = 0;
  let closest = Infinity;
  const objective: number[] = [];
  for (let t = 0; t < steps; t++) {
    const m = X.map((x, i) => y[i]! * (x.reduce((s, v, j) => s + v * w[j]!, 0) + b));
    for (const v of m) if (v !== 1) closest = Math.min(closest, Math.abs(v - 1));
    objective.push(0.5 * w.reduce((s, v) => s + v * v, 0) + C * m.reduce((s, v) => s + Math.max(0, 1 - v), 0));
    const gw = [...w];
    let gb = 0;
    m.forEach((v, i) => {
      if (v >= 1) return;
      X[i]!.forEach((xv, j) => { gw[j]! -= C * y[i]! * xv; });
      gb -= C * y[i]!;
    });
    w = w.map((v, j) => v - lr * gw[j]!);
    b -= lr * gb;
  }
  return { w, b, objective, closest };
}

export function svmSubgradient(X: number[][], y: number[], C: number, lr: number, steps: number): Result {
  const { w, b, objective } = runSubgradient(X, y, C, lr, steps);
  return { w, b, objective };
}
