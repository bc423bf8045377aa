// expect: wrong_answer
// mistake: takes log of the softmax probabilities, which is log(0) = -Infinity for a logit 2000 below the maximum
// caught-by: logits of ±1000
export function labelSmoothingCe(logits: number[][], labels: number[], alpha: number): { smoothed: number[][]; loss: number; grad: number[][] } {
  const N = logits.length;
  if (N === 0 || labels.length !== N) throw new Error('bad shapes');
  const K = logits[0]!.length;
  if (K === 0 || logits.some((r) => r.length !== K)) throw new Error('ragged logits');
  if (labels.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error('bad label');
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('alpha must be in [0, 1]');
  const smoothed: number[][] = [];
  const grad: number[][] = [];
  let loss = 0;
  for (let i = 0; i < N; i++) {
    const z = logits[i]!;
    const target = z.map((_, k) => (k === labels[i] ? 1 - alpha : 0) + alpha / K);
    const m = Math.max(...z);
    let sum = 0;
    for (const v of z) sum += Math.exp(v - m);
    const logZ = m + Math.log(sum);
    for (let k = 0; k < K; k++) loss -= target[k]! * Math.log(Math.exp(z[k]! - m) / sum);
    smoothed.push(target);
    grad.push(z.map((v, k) => (Math.exp(v - logZ) - target[k]!) / N));
  }
  return { smoothed, loss: loss / N, grad };
}
