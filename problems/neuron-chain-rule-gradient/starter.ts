export function neuronGrad(
  x: number[],
  w: number[],
  b: number,
  target: number,
  lr: number,
): [number, number, number[], number, number[], number] {
  // TODO: forward (z, a, loss), then ∂L/∂a · ∂a/∂z · ∂z/∂w, then one gradient-descent step
  throw new Error('Not implemented');
}
