// expect: wrong_answer
// mistake: clips min–max scaled values to [0, 1], so test values outside the training range are squashed onto the boundary
// caught-by: test outside the training range
export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('no training rows');
  const d = Xtrain[0]!.length;
  for (const row of Xtrain.concat(Xtest)) if (row.length !== d) throw new Error('column mismatch');
  const center = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j++) {
    if (method === 'standard') {
      // Welford's online algorithm
      let mean = 0, m2 = 0, k = 0;
      for (const row of Xtrain) {
        k++;
        const delta = row[j]! - mean;
        mean += delta / k;
        m2 += delta * (row[j]! - mean);
      }
      const sd = Math.sqrt(m2 / k);
      center[j] = mean;
      scale[j] = sd > 0 ? sd : 1;
    } else {
      const col = Xtrain.map((r) => r[j]!);
      const lo = Math.min(...col), hi = Math.max(...col);
      center[j] = lo;
      scale[j] = hi > lo ? hi - lo : 1;
    }
  }
  const apply = (X: number[][]) => X.map((row) => row.map((v, j) => {
    const x = (v - center[j]!) / scale[j]!;
    return method === 'minmax' ? Math.min(1, Math.max(0, x)) : x;
  }));
  return { train: apply(Xtrain), test: apply(Xtest) };
}
