// expect: wrong_answer
// mistake: divides the summed gradients by accumSteps (loss / accum_steps), right only when every micro-batch has the same size
// caught-by: uneven micro-batch sizes
export function accumulateGradients(X: number[][], y: number[], w0: number[], lr: number, microBatches: number[][], accumSteps: number): { gradients: number[][]; weights: number[][] } {
  const n = X.length, d = w0.length;
  if (y.length !== n || X.some((r) => r.length !== d)) throw new Error('shape mismatch');
  if (!(lr >= 0) || lr === Infinity) throw new Error('bad lr');
  if (!Number.isInteger(accumSteps) || accumSteps < 1) throw new Error('bad accumSteps');
  let w = w0.slice();
  const gradients: number[][] = [];
  const weights: number[][] = [];
  for (let s = 0; s < microBatches.length; s += accumSteps) {
    const group = microBatches.slice(s, s + accumSteps);
    const used = new Set<number>();
    for (const mb of group) {
      if (mb.length === 0) throw new Error('empty micro-batch');
      for (const i of mb) {
        if (!Number.isInteger(i) || i < 0 || i >= n || used.has(i)) throw new Error('bad or repeated index');
        used.add(i);
      }
    }
    const G = new Array<number>(d).fill(0);
    for (const mb of group) {
      for (const i of mb) {
        const r = X[i]!.reduce((acc, x, j) => acc + x * w[j]!, 0) - y[i]!;
        for (let j = 0; j < d; j++) G[j] += (r * X[i]![j]!) / mb.length;
      }
    }
    for (let j = 0; j < d; j++) G[j] /= group.length;
    w = w.map((wj, j) => wj - lr * G[j]!);
    gradients.push(G);
    weights.push(w);
  }
  return { gradients, weights };
}
