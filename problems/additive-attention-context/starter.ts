export function additiveAttention(
  s: number[],
  H: number[][],
  Ws: number[][],
  Wh: number[][],
  b: number[],
  v: number[],
): { scores: number[]; weights: number[]; context: number[] } {
  // TODO: e_j = vᵀ tanh(Ws s + Wh h_j + b), weights = softmax(e), context = Σ_j weights_j h_j
  throw new Error('Not implemented');
}
