export function trainMLP(
  X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[],
  batches: number[][], masks: number[][][], p: number, lr: number, beta1: number, beta2: number, eps: number,
): [number[][], number[], number[][], number[], number[]] {
  const n = X.length, d = W1.length, H = b1.length, K = b2.length;
  if (n === 0 || d === 0 || H === 0 || K === 0) throw new Error('empty input');
  if (X.some((r) => r.length !== d) || W1.some((r) => r.length !== H) || W2.length !== H || W2.some((r) => r.length !== K)) throw new Error('shapes');
  if (y.length !== n || y.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error('labels');
  if (!(p >= 0 && p < 1) || masks.length !== batches.length) throw new Error('dropout');
  if (!(lr >= 0 && beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && eps > 0)) throw new Error('adam');
  batches.forEach((batch, s) => {
    if (batch.length === 0 || batch.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) throw new Error('batch');
    if (masks[s].length !== batch.length || masks[s].some((r) => r.length !== H || r.some((v) => v !== 0 && v !== 1))) throw new Error('mask');
  });

  // every parameter as a flat list of rows so that Adam can treat them alike
  const P = [W1.map((r) => [...r]), [[...b1]], W2.map((r) => [...r]), [[...b2]]];
  const M = P.map((A) => A.map((r) => r.map(() => 0)));
  const V = P.map((A) => A.map((r) => r.map(() => 0)));
  const losses: number[] = [];

  for (let s = 0; s < batches.length; s++) {
    const [w1, [c1], w2, [c2]] = P;
    const G = P.map((A) => A.map((r) => r.map(() => 0)));
    const [gW1, [gb1], gW2, [gb2]] = G;
    const B = batches[s].length;
    let loss = 0;
    for (let k = 0; k < B; k++) {
      const x = X[batches[s][k]], label = y[batches[s][k]];
      const pre = c1.map((bj, j) => x.reduce((a, xi, i) => a + xi * w1[i][j], bj));
      const keep = masks[s][k].map((mk) => mk / (1 - p)); // inverted dropout
      const h = pre.map((z, j) => Math.max(z, 0) * keep[j]);
      const z = c2.map((bo, o) => h.reduce((a, hj, j) => a + hj * w2[j][o], bo));
      const zmax = Math.max(...z);
      const lse = zmax + Math.log(z.reduce((a, v) => a + Math.exp(v - zmax), 0));
      loss += (lse - z[label]) / B;
      const dz = z.map((v, o) => (Math.exp(v - lse) - (o === label ? 1 : 0)) / B);
      for (let o = 0; o < K; o++) {
        gb2[o] += dz[o];
        for (let j = 0; j < H; j++) gW2[j][o] += h[j] * dz[o];
      }
      for (let j = 0; j < H; j++) {
        if (pre[j] <= 0 || keep[j] === 0) continue; // ReLU'(≤0) = 0, dropped units get nothing
        let dh = 0;
        for (let o = 0; o < K; o++) dh += dz[o] * w2[j][o];
        const dpre = dh * keep[j];
        gb1[j] += dpre;
        for (let i = 0; i < d; i++) gW1[i][j] += x[i] * dpre;
      }
    }
    losses.push(loss);
    const t = s + 1;
    for (let q = 0; q < P.length; q++)
      for (let i = 0; i < P[q].length; i++)
        for (let j = 0; j < P[q][i].length; j++) {
          const g = G[q][i][j];
          M[q][i][j] = beta1 * M[q][i][j] + (1 - beta1) * g;
          V[q][i][j] = beta2 * V[q][i][j] + (1 - beta2) * g * g;
          const mHat = M[q][i][j] / (1 - beta1 ** t);
          const vHat = V[q][i][j] / (1 - beta2 ** t);
          P[q][i][j] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
        }
  }
  return [P[0], P[1][0], P[2], P[3][0], losses];
}
