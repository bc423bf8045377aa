// Reference: plain float64 TypeScript with a log-sum-exp shift (logits of ±1000 must stay finite).
export function labelSmoothingCe(logits: number[][], labels: number[], alpha: number): { smoothed: number[][]; loss: number; grad: number[][] } {
  const N = logits.length;
  if (N === 0) throw new Error('logits must have at least one row');
  const K = logits[0]!.length;
  if (K === 0 || logits.some((row) => row.length !== K)) throw new Error('every row of logits must have the same, non-zero length');
  if (labels.length !== N) throw new Error('labels must have one entry per row');
  if (labels.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error(`labels must be integers in [0, ${K - 1}]`);
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('alpha must lie in [0, 1]');
  const smoothed = labels.map((c) => Array.from({ length: K }, (_, k) => (1 - alpha) * (k === c ? 1 : 0) + alpha / K));
  let loss = 0;
  const grad = logits.map((z, i) => {
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
    const target = smoothed[i]!;
    for (let k = 0; k < K; k++) loss -= (target[k]! * (z[k]! - lse)) / N;
    return z.map((v, k) => (Math.exp(v - lse) - target[k]!) / N);
  });
  return { smoothed, loss, grad };
}
