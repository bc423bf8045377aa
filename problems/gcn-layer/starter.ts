export function gcnLayer(A: number[][], H: number[][], W: number[][]): number[][] {
  // TODO: add self-loops, normalize symmetrically by the degrees, aggregate HW, apply ReLU
  return H.map(() => (W[0] ?? []).map(() => 0));
}
