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
    // 1) assign the whole batch to the current centres
    const sums = Array.from({ length: K }, () => new Array<number>(d).fill(0));
    const got = new Array<number>(K).fill(0);
    for (const i of batch) {
      let best = 0, bestD = Infinity;
      for (let c = 0; c < K; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) { const t = X[i]![j]! - centers[c]![j]!; s += t * t; }
        if (s < bestD) { bestD = s; best = c; }
      }
      got[best] = got[best]! + 1;
      for (let j = 0; j < d; j++) sums[best]![j] = sums[best]![j]! + X[i]![j]!;
    }
    // 2) move each centre to the running mean of everything it has received so far
    for (let c = 0; c < K; c++) {
      if (got[c] === 0) continue;
      const total = counts[c]! + got[c]!;
      for (let j = 0; j < d; j++) centers[c]![j] = (centers[c]![j]! * counts[c]! + sums[c]![j]!) / total;
      counts[c] = total;
    }
  }
  return { centers, counts };
}
