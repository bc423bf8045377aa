// Reference: plain float64 TypeScript.
export function accumulateGradients(X: number[][], y: number[], w0: number[], lr: number, microBatches: number[][], accumSteps: number): { gradients: number[][]; weights: number[][] } {
  const n = X.length;
  const d = w0.length;
  if (y.length !== n) throw new Error('X and y must have the same number of rows');
  if (X.some((row) => row.length !== d)) throw new Error('every row of X must have w0.length entries');
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error('lr must be a finite number >= 0');
  if (!Number.isInteger(accumSteps) || accumSteps < 1) throw new Error('accumSteps must be a positive integer');
  let w = w0.slice();
  const gradients: number[][] = [];
  const weights: number[][] = [];
  for (let start = 0; start < microBatches.length; start += accumSteps) {
    const group = microBatches.slice(start, start + accumSteps);
    const seen = new Set<number>();
    let total = 0;
    for (const batch of group) {
      if (batch.length === 0) throw new Error('a micro-batch is empty');
      for (const i of batch) {
        if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error(`row index ${i} is out of range`);
        if (seen.has(i)) throw new Error(`row ${i} appears twice in one accumulation group`);
        seen.add(i);
      }
      total += batch.length;
    }
    const acc = new Array<number>(d).fill(0);
    for (const batch of group) {
      // gradient of the micro-batch's mean loss, weighted by its share of the group
      const g = new Array<number>(d).fill(0);
      for (const i of batch) {
        const r = X[i]!.reduce((s, x, j) => s + x * w[j]!, 0) - y[i]!;
        for (let j = 0; j < d; j++) g[j] = g[j]! + (r * X[i]![j]!) / batch.length;
      }
      for (let j = 0; j < d; j++) acc[j] = acc[j]! + (batch.length / total) * g[j]!;
    }
    w = w.map((wj, j) => wj - lr * acc[j]!);
    gradients.push(acc);
    weights.push(w);
  }
  return { gradients, weights };
}
