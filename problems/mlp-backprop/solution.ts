// Float64, one example at a time: forward, then backward, accumulating the batch mean.
export function mlpGradients(
  X: number[][],
  Y: number[][],
  weights: number[][][],
  biases: number[][],
): { dW: number[][][]; db: number[][]; loss: number } {
  const L = weights.length;
  const m = X.length;
  const dW = weights.map((W) => W.map((row) => row.map(() => 0)));
  const db = biases.map((b) => b.map(() => 0));
  let loss = 0;
  for (let s = 0; s < m; s++) {
    // forward: keep the input of every layer and every pre-activation
    const inputs: number[][] = [X[s]!];
    const pre: number[][] = [];
    for (let l = 0; l < L; l++) {
      const W = weights[l]!, b = biases[l]!, a = inputs[l]!;
      const z = b.slice();
      for (let i = 0; i < a.length; i++) {
        if (a[i] === 0) continue;
        for (let j = 0; j < z.length; j++) z[j]! += a[i]! * W[i]![j]!;
      }
      pre.push(z);
      if (l < L - 1) inputs.push(z.map((t) => (t > 0 ? t : 0)));
    }
    // softmax + cross-entropy via log-sum-exp
    const z = pre[L - 1]!;
    const mx = Math.max(...z);
    const lse = mx + Math.log(z.reduce((acc, t) => acc + Math.exp(t - mx), 0));
    const y = Y[s]!;
    let delta = z.map((t, k) => Math.exp(t - lse) - y[k]!);
    loss -= y.reduce((acc, yk, k) => acc + (yk === 0 ? 0 : yk * (z[k]! - lse)), 0);
    // backward, using the unmodified weights throughout
    for (let l = L - 1; l >= 0; l--) {
      const a = inputs[l]!, W = weights[l]!;
      for (let i = 0; i < a.length; i++) for (let j = 0; j < delta.length; j++) dW[l]![i]![j]! += a[i]! * delta[j]!;
      for (let j = 0; j < delta.length; j++) db[l]![j]! += delta[j]!;
      if (l > 0) {
        const zPrev = pre[l - 1]!;
        delta = zPrev.map((zp, i) => {
          if (!(zp > 0)) return 0; // ReLU'(z) = 0 for z <= 0
          let g = 0;
          for (let j = 0; j < delta.length; j++) g += W[i]![j]! * delta[j]!;
          return g;
        });
      }
    }
  }
  const inv = 1 / m;
  return {
    dW: dW.map((W) => W.map((row) => row.map((v) => v * inv))),
    db: db.map((b) => b.map((v) => v * inv)),
    loss: loss * inv,
  };
}
