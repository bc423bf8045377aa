// expect: wrong_answer
// mistake: updates the winning centre after every point (online k-means), so later points of a batch see moved centres
// caught-by: assignments use the centres from before the batch
export function miniBatchKMeans(X: number[][], init: number[][], batches: number[][]): { centers: number[][]; counts: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of X) if (row.length !== d) throw new Error('ragged X');
  if (init.length === 0) throw new Error('no centres');
  for (const c of init) if (c.length !== d) throw new Error('centre width');
  for (const b of batches) for (const i of b) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('bad index');
  const K = init.length;
  const centers = init.map((c) => c.slice());
  const counts = new Array<number>(K).fill(0);
  for (const batch of batches) {
    // update after every point (online k-means) instead of once per batch
    for (const i of batch) {
      let best = 0, bestD = Infinity;
      for (let c = 0; c < K; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) { const t = X[i]![j]! - centers[c]![j]!; s += t * t; }
        if (s < bestD) { bestD = s; best = c; }
      }
      counts[best] = counts[best]! + 1;
      for (let j = 0; j < d; j++) centers[best]![j] = centers[best]![j]! + (X[i]![j]! - centers[best]![j]!) / counts[best]!;
    }
  }
  return { centers, counts };
}
