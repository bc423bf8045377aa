export function adagrad(A: number[][], b: number[], w0: number[], lr: number, eps: number, steps: number): { w: number[]; G: number[] } {
  // TODO: accumulate squared gradients in G and scale each coordinate's step by 1 / (sqrt(G) + eps)
  return { w: w0.slice(), G: w0.map(() => 0) };
}
