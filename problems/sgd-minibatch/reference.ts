// Reference: plain float64 TypeScript (long loops; float32 drifts).
function halfMse(X: number[][], y: number[], rows: readonly number[], w: number[], b: number): { loss: number; residuals: number[] } {
  const residuals = rows.map((i) => X[i]!.reduce((s, x, j) => s + x * w[j]!, b) - y[i]!);
  const loss = residuals.reduce((s, r) => s + r * r, 0) / (2 * rows.length);
  return { loss, residuals };
}

export function sgdMinibatch(X: number[][], y: number[], w0: number[], b0: number, lr: number, batchSize: number, perms: number[][]): { w: number[]; b: number; batchLoss: number[]; epochLoss: number[] } {
  const n = X.length;
  const d = w0.length;
  if (n === 0) throw new Error('X must have at least one row');
  if (y.length !== n) throw new Error('X and y must have the same number of rows');
  if (X.some((row) => row.length !== d)) throw new Error('every row of X must have length w0.length');
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error('lr must be a finite number >= 0');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be a positive integer');
  for (const [e, perm] of perms.entries()) {
    const seen = new Array<boolean>(n).fill(false);
    if (perm.length !== n || perm.some((i) => !Number.isInteger(i) || i < 0 || i >= n || seen[i] || !(seen[i] = true))) {
      throw new Error(`perms[${e}] is not a permutation of 0..${n - 1}`);
    }
  }
  let w = w0.slice();
  let b = b0;
  const all = Array.from({ length: n }, (_, i) => i);
  const batchLoss: number[] = [];
  const epochLoss: number[] = [];
  for (const perm of perms) {
    for (let start = 0; start < n; start += batchSize) {
      const rows = perm.slice(start, start + batchSize);
      const { loss, residuals } = halfMse(X, y, rows, w, b);
      batchLoss.push(loss);
      const m = rows.length;
      const gw = w.map((_, j) => rows.reduce((s, i, k) => s + residuals[k]! * X[i]![j]!, 0) / m);
      const gb = residuals.reduce((s, r) => s + r, 0) / m;
      w = w.map((wj, j) => wj - lr * gw[j]!);
      b -= lr * gb;
    }
    epochLoss.push(halfMse(X, y, all, w, b).loss);
  }
  return { w, b, batchLoss, epochLoss };
}
