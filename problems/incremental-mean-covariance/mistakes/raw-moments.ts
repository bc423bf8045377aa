// expect: wrong_answer
// mistake: accumulates Σx and Σxxᵀ and returns (Σxxᵀ − n·μμᵀ)/(n − 1), which cancels catastrophically for values around 1e6
// caught-by: values around 1e6 with a spread of 1
export function streamingCovariance(batches: number[][][]): { n: number; mean: number[]; covariance: number[][] } {
  let d = -1;
  for (const b of batches) for (const r of b) {
    if (d < 0) d = r.length;
    if (r.length !== d || d === 0) throw new Error('width mismatch');
    for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite');
  }
  let n = 0;
  let sum: number[] = new Array<number>(Math.max(d, 0)).fill(0);
  let sq: number[][] = Array.from({ length: Math.max(d, 0) }, () => new Array<number>(d).fill(0));
  for (const batch of batches) {
    for (const r of batch) {
      n++;
      for (let a = 0; a < d; a++) {
        sum[a] = sum[a]! + r[a]!;
        for (let b = 0; b < d; b++) sq[a]![b] = sq[a]![b]! + r[a]! * r[b]!;
      }
    }
  }
  const mean = sum.map((v) => v / n);
  // one pass: Σ xxᵀ − n·μμᵀ
  const M = sq.map((row, a) => row.map((v, b) => v - n * mean[a]! * mean[b]!));
  sum = []; sq = [];
  if (n < 2) throw new Error('need at least two rows');
  return { n, mean, covariance: M.map((row) => row.map((v) => v / (n - 1))) };
}
