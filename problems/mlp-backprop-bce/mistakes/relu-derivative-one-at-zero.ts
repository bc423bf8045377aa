// expect: wrong_answer
// mistake: treats a pre-activation of exactly 0 as active (ReLU′(0) = 1)
// caught-by: a pre-activation of exactly 0 passes no gradient
export function mlpBackpropBce(X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[]): { loss: number; dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  const n = X.length, D = W1.length, H = b1.length;
  if (!n || !D || !H || X.some((r) => r.length !== D) || W1.some((r) => r.length !== H)) throw new Error('shapes');
  if (W2.length !== H || W2.some((r) => r.length !== 1) || b2.length !== 1 || y.length !== n || y.some((v) => v !== 0 && v !== 1)) throw new Error('shapes or labels');
  const dW1 = W1.map((r) => r.map(() => 0)), db1 = new Array(H).fill(0);
  const dW2 = W2.map(() => [0]), db2 = [0];
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const z1 = b1.map((b, j) => X[i].reduce((s, x, a) => s + x * W1[a][j], b));
    const h = z1.map((z) => Math.max(0, z));
    const z = h.reduce((s, hj, j) => s + hj * W2[j][0], b2[0]);
    loss += Math.max(z, 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z))); // BCE from the logit
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const d2 = (p - y[i]) / n; // sigmoid + BCE: the σ′ cancels
    db2[0] += d2;
    for (let j = 0; j < H; j++) {
      dW2[j][0] += h[j] * d2;
      const d1 = z1[j] >= 0 ? d2 * W2[j][0] : 0;
      db1[j] += d1;
      for (let a = 0; a < D; a++) dW1[a][j] += X[i][a] * d1;
    }
  }
  return { loss: loss / n, dW1, db1, dW2, db2 };
}
