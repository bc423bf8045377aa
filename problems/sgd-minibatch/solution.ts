export function sgdMinibatch(X: number[][], y: number[], w0: number[], b0: number, lr: number, batchSize: number, perms: number[][]): { w: number[]; b: number; batchLoss: number[]; epochLoss: number[] } {
  const n = X.length;
  const d = w0.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must be non-empty with the same length');
  if (X.some((row) => row.length !== d)) throw new Error('row length must match w0');
  if (!(lr >= 0) || lr === Infinity) throw new Error('bad lr');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('bad batchSize');
  for (const perm of perms) {
    const sorted = [...perm].sort((a, c) => a - c);
    if (sorted.length !== n || sorted.some((v, i) => v !== i)) throw new Error('not a permutation');
  }
  const w = w0.slice();
  let b = b0;
  const predict = (i: number) => { let s = b; for (let j = 0; j < d; j++) s += w[j]! * X[i]![j]!; return s; };
  const batchLoss: number[] = [];
  const epochLoss: number[] = [];
  for (const perm of perms) {
    for (let start = 0; start < n; start += batchSize) {
      const batch = perm.slice(start, start + batchSize);
      const gw = new Array<number>(d).fill(0);
      let gb = 0, loss = 0;
      for (const i of batch) {
        const r = predict(i) - y[i]!;
        loss += r * r;
        gb += r;
        for (let j = 0; j < d; j++) gw[j] += r * X[i]![j]!;
      }
      const m = batch.length;
      batchLoss.push(loss / (2 * m));
      for (let j = 0; j < d; j++) w[j] -= (lr * gw[j]!) / m;
      b -= (lr * gb) / m;
    }
    let total = 0;
    for (let i = 0; i < n; i++) total += (predict(i) - y[i]!) ** 2;
    epochLoss.push(total / (2 * n));
  }
  return { w, b, batchLoss, epochLoss };
}
