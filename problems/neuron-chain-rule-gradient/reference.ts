/**
 * Plain float64. σ'(z) is computed as σ(z)·σ(−z), which keeps its relative accuracy when the neuron is
 * saturated (a·(1 − a) cancels there).
 */
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function neuronGrad(
  x: number[],
  w: number[],
  b: number,
  target: number,
  lr: number,
): [number, number, number[], number, number[], number] {
  if (x.length === 0) throw new Error('x must be non-empty');
  if (w.length !== x.length) throw new Error(`w has ${w.length} entries, x has ${x.length}`);
  if (![...x, ...w, b, target, lr].every(Number.isFinite)) throw new Error('every input must be finite');
  if (lr < 0) throw new Error('lr must be ≥ 0');

  let z = b;
  for (let i = 0; i < x.length; i++) z += w[i]! * x[i]!;
  const a = sigmoid(z);
  const loss = 0.5 * (a - target) ** 2;
  const dLda = a - target;
  const dadz = sigmoid(z) * sigmoid(-z);
  const delta = dLda * dadz; // ∂L/∂z; ∂z/∂w = x and ∂z/∂b = 1
  const dW = x.map((xi) => delta * xi);
  const db = delta;
  const wNew = w.map((wi, i) => wi - lr * dW[i]!);
  const bNew = b - lr * db;
  return [a, loss, dW, db, wNew, bNew];
}
