// expect: wrong_answer
// mistake: reports the activation and loss of the updated parameters instead of those the gradient was taken at
// caught-by: random 2
export function neuronGrad(
  x: number[],
  w: number[],
  b: number,
  target: number,
  lr: number,
): [number, number, number[], number, number[], number] {
  if (x.length === 0 || w.length !== x.length) throw new Error('x and w must be non-empty and of one length');
  if (![...x, ...w, b, target, lr].every(Number.isFinite) || lr < 0) throw new Error('bad number');
  const forward = (ww: number[], bb: number) => 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + ww[i] * xi, bb)));
  const a0 = forward(w, b);
  const dz = (a0 - target) * a0 * (1 - a0);
  const dW = x.map((xi) => dz * xi);
  const wNew = w.map((wi, i) => wi - lr * dW[i]);
  const bNew = b - lr * dz;
  const a = forward(wNew, bNew);
  return [a, 0.5 * (a - target) ** 2, dW, dz, wNew, bNew];
}
