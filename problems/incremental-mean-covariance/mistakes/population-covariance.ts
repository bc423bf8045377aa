// expect: wrong_answer
// mistake: divides the scatter by n (population covariance) instead of n − 1
// caught-by: uneven batch sizes
export function streamingCovariance(batches: number[][][]): { n: number; mean: number[]; covariance: number[][] } {
  let d = -1;
  for (const b of batches) for (const r of b) {
    if (d < 0) d = r.length;
    if (r.length !== d || d === 0) throw new Error('width mismatch');
    for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite');
  }
  let n = 0;
  let mean: number[] = [];
  let M: number[][] = []; // centred scatter Σ (x − mean)(x − mean)ᵀ of everything seen so far
  for (const batch of batches) {
    const nb = batch.length;
    if (nb === 0) continue;
    // the batch's own mean and scatter (two passes over the batch)
    const mb = new Array<number>(d).fill(0);
    for (const r of batch) for (let j = 0; j < d; j++) mb[j] = mb[j]! + r[j]! / nb;
    const Mb = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of batch) for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) Mb[a]![b] = Mb[a]![b]! + (r[a]! - mb[a]!) * (r[b]! - mb[b]!);
    if (n === 0) { n = nb; mean = mb; M = Mb; continue; }
    // Chan et al. pairwise merge
    const total = n + nb;
    const delta = mb.map((v, j) => v - mean[j]!);
    mean = mean.map((v, j) => v + (delta[j]! * nb) / total);
    M = M.map((row, a) => row.map((v, b) => v + Mb[a]![b]! + (delta[a]! * delta[b]! * n * nb) / total));
    n = total;
  }
  if (n < 2) throw new Error('need at least two rows');
  return { n, mean, covariance: M.map((row) => row.map((v) => v / n)) };
}
