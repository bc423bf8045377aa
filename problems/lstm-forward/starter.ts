export function lstmForward(xs: number[][], h0: number[], c0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): { hs: number[][]; cT: number[] } {
  // TODO: gates [i, f, g, o]; c = f*c + i*g; h = o*tanh(c)
  return { hs: [], cT: c0.slice() };
}
