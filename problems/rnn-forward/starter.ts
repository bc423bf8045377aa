export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  // TODO: h_t = tanh(Wxh x_t + Whh h_{t-1} + bh); y_t = Why h_t + by
  return { hs: [], ys: [] };
}
