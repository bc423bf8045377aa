export function neuronGrad(
  x: number[],
  w: number[],
  b: number,
  target: number,
  lr: number,
): [number, number, number[], number, number[], number] {
  if (x.length === 0 || w.length !== x.length) throw new Error('x and w must be non-empty and of one length');
  if (![...x, ...w, b, target, lr].every(Number.isFinite) || lr < 0) throw new Error('bad number');
  const sigmoid = (v: number) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));

  const z = x.reduce((s, xi, i) => s + w[i] * xi, b);
  const a = sigmoid(z);
  const loss = 0.5 * (a - target) ** 2;
  const dLda = a - target;
  const dadz = sigmoid(z) * sigmoid(-z); // = a(1 − a), without the cancellation near a = 1
  const dz = dLda * dadz;
  const dW = x.map((xi) => dz * xi); // ∂z/∂w_i = x_i
  const db = dz; // ∂z/∂b = 1
  return [a, loss, dW, db, w.map((wi, i) => wi - lr * dW[i]), b - lr * db];
}
