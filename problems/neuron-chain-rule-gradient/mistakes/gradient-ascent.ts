// expect: wrong_answer
// mistake: writes the error as t − a, so the gradients have the wrong sign and the step climbs the loss
// caught-by: target 0 pushes the bias down
export function neuronGrad(
  x: number[],
  w: number[],
  b: number,
  target: number,
  lr: number,
): [number, number, number[], number, number[], number] {
  if (x.length === 0 || w.length !== x.length) throw new Error('x and w must be non-empty and of one length');
  if (![...x, ...w, b, target, lr].every(Number.isFinite) || lr < 0) throw new Error('bad number');
  const z = x.reduce((s, xi, i) => s + w[i] * xi, b);
  const a = 1 / (1 + Math.exp(-z));
  const loss = 0.5 * (a - target) ** 2;
  const dz = (target - a) * a * (1 - a);
  const dW = x.map((xi) => dz * xi);
  return [a, loss, dW, dz, w.map((wi, i) => wi - lr * dW[i]), b - lr * dz];
}
