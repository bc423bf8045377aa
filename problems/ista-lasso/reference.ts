// Reference: plain float64 TypeScript (exact zeros from the soft-threshold; float32 would blur them).
function softThreshold(z: number, gamma: number): number {
  return z > gamma ? z - gamma : z < -gamma ? z + gamma : 0;
}

function validate(X: number[][], y: number[], w0: number[], alpha: number, step: number, iters: number): void {
  const n = X.length;
  if (n === 0) throw new Error('X must have at least one row');
  if (y.length !== n) throw new Error('X and y must have the same number of rows');
  if (X.some((row) => row.length !== w0.length)) throw new Error('every row of X must have w0.length entries');
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new Error('alpha must be a finite number >= 0');
  if (!(step > 0) || !Number.isFinite(step)) throw new Error('step must be a positive finite number');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
}

/** The ISTA iterates and, for test generation, the smallest distance of |z| to the threshold over all steps. */
export function istaTrace(X: number[][], y: number[], w0: number[], alpha: number, step: number, iters: number): { iterates: number[][]; margin: number } {
  validate(X, y, w0, alpha, step, iters);
  const n = X.length;
  const d = w0.length;
  let w = w0.slice();
  let margin = Number.POSITIVE_INFINITY;
  const iterates: number[][] = [];
  for (let t = 0; t < iters; t++) {
    const residual = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j]!, 0) - y[i]!);
    const grad = Array.from({ length: d }, (_, j) => X.reduce((s, row, i) => s + row[j]! * residual[i]!, 0) / n);
    const gamma = step * alpha;
    w = w.map((wj, j) => {
      const z = wj - step * grad[j]!;
      margin = Math.min(margin, Math.abs(Math.abs(z) - gamma));
      return softThreshold(z, gamma);
    });
    iterates.push(w);
  }
  return { iterates, margin };
}

export function ista(X: number[][], y: number[], w0: number[], alpha: number, step: number, iters: number): number[][] {
  return istaTrace(X, y, w0, alpha, step, iters).iterates;
}
