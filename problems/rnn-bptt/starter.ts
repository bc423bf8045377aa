export function rnnBptt(
  xs: number[][],
  targets: number[][],
  h0: number[],
  Wxh: number[][],
  Whh: number[][],
  bh: number[],
  Why: number[][],
  by: number[],
): { loss: number; dWxh: number[][]; dWhh: number[][]; dbh: number[]; dWhy: number[][]; dby: number[]; dh0: number[] } {
  // TODO: run the forward pass keeping every h_t, then walk back from t = T to 1 carrying Whhᵀ·δz
  throw new Error('Not implemented');
}
