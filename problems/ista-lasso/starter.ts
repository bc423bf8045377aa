export function ista(X: number[][], y: number[], w0: number[], alpha: number, step: number, iters: number): number[][] {
  // TODO: gradient step on the squared loss, then soft-threshold every entry by step * alpha
  const out: number[][] = [];
  for (let t = 0; t < iters; t++) out.push(w0.slice());
  return out;
}
