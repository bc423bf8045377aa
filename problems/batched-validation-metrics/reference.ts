// Reference: plain float64 TypeScript; per-sample cross-entropy as log-sum-exp(z) − z_y.

export function batchedEval(batchLogits: number[][][], batchLabels: number[][]): number[] {
  if (batchLogits.length === 0) throw new Error('need at least one batch');
  if (batchLabels.length !== batchLogits.length) throw new Error('one label list per batch');
  const K = batchLogits[0]![0]?.length ?? 0;
  if (K === 0) throw new Error('logit rows need K ≥ 1 entries');
  let sumBatchMeans = 0, sumLoss = 0, correct = 0, total = 0;
  batchLogits.forEach((logits, b) => {
    const labels = batchLabels[b]!;
    if (logits.length === 0 || labels.length !== logits.length) throw new Error(`batch ${b} must be non-empty with one label per row`);
    let batchSum = 0;
    logits.forEach((z, i) => {
      if (z.length !== K || z.some((v) => !Number.isFinite(v))) throw new Error(`batch ${b}, row ${i}: need K finite logits`);
      const y = labels[i]!;
      if (!Number.isInteger(y) || y < 0 || y >= K) throw new Error(`batch ${b}, row ${i}: label must be an integer in [0, K)`);
      let arg = 0;
      for (let k = 1; k < K; k++) if (z[k]! > z[arg]!) arg = k;
      const m = z[arg]!;
      let s = 0;
      for (let k = 0; k < K; k++) s += Math.exp(z[k]! - m);
      batchSum += m + Math.log(s) - z[y]!;
      if (arg === y) correct++;
    });
    sumBatchMeans += batchSum / logits.length;
    sumLoss += batchSum;
    total += logits.length;
  });
  return [sumBatchMeans / batchLogits.length, sumLoss / total, correct / total];
}
