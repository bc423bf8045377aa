export function attentionBackward(
  Q: number[][],
  K: number[][],
  V: number[][],
  dOut: number[][],
  causal: boolean,
): { dQ: number[][]; dK: number[][]; dV: number[][] } {
  // TODO: recompute the attention weights, then back-propagate through AV, the softmax and QKᵀ/√d
  throw new Error('Not implemented');
}
